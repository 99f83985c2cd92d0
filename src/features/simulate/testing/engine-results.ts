// Engine results for component tests of the results screens (the real engine's answers are
// checked end to end by e2e/simulate*.spec.ts): shapes exactly as in engine/contract.ts.
import type { BenefitResult } from '../../../engine/contract.ts';
import type { BenefitInfo, EngineApi } from '../api/engine.ts';

const period = { unit: 'month', year: 2026, month: 1 } as const;
const ref = {
  title: 'Code de l’action sociale et des familles, art. L262-2',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031087615',
};

export const INFOS: readonly BenefitInfo[] = [
  { id: 'rsa', label: 'Revenu de solidarité active', periodicity: 'month', paidBy: ['caf', 'msa'] },
  {
    id: 'aide_logement',
    label: 'Aide personnalisée au logement',
    periodicity: 'month',
    paidBy: ['caf', 'msa'],
  },
  {
    id: 'ars',
    label: 'Allocation de rentrée scolaire',
    periodicity: 'year',
    paidBy: ['caf', 'msa'],
  },
  {
    id: 'aah',
    label: 'Allocation aux adultes handicapés',
    periodicity: 'month',
    paidBy: ['caf', 'msa'],
  },
];

export const RESULTS: readonly BenefitResult[] = [
  {
    id: 'rsa',
    period,
    status: 'eligible',
    amount: 412.35,
    reasons: [],
    missing: [],
    trace: [
      {
        label: 'Montant forfaitaire',
        value: 646.52,
        unit: 'currency',
        ref,
        steps: [
          {
            label: 'Ressources retenues',
            value: 234.17,
            unit: 'currency',
            formula: '3 derniers mois',
          },
        ],
      },
    ],
  },
  {
    id: 'aide_logement',
    period,
    status: 'eligible',
    amount: 301.2,
    reasons: [],
    missing: [],
    trace: [],
  },
  { id: 'ars', period, status: 'eligible', amount: 423.48, reasons: [], missing: [], trace: [] },
  {
    id: 'aah',
    period,
    status: 'ineligible',
    amount: 0,
    missing: [],
    trace: [],
    reasons: [{ code: 'taux', message: 'Le taux d’incapacité est inférieur à 50 %.', ref }],
  },
];

export const testEngine: EngineApi = {
  benefits: INFOS,
  compute: () => RESULTS,
};
