// PAJE allocation de base: rate of the BMAF and the resource ceilings (children born since
// April 2018), revised every 1 January.
import type { LegalRef, Parameter } from '../contract.ts';
import { ARRETE_PLAFONDS_2023, fromJanuary, INSTR_PLAFONDS_2026, withEarlier } from './yearly.ts';

const D531_2: LegalRef = {
  title: 'Code de la sécurité sociale, art. D531-3 (montant de l’allocation de base)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036791524',
};
const R531_1: LegalRef = {
  title: 'Code de la sécurité sociale, art. R531-1 (plafonds de ressources de la PAJE)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036791399',
};
const CEILING_REFS = [R531_1, R531_1, INSTR_PLAFONDS_2026] as const;
const yearly = (
  label: string,
  v2023: number,
  v2024: number,
  v2025: number,
  v2026: number,
): Parameter =>
  withEarlier(fromJanuary(label, [v2024, v2025, v2026], CEILING_REFS), [
    { from: '2023-01-01', value: v2023, ref: ARRETE_PLAFONDS_2023 },
  ]);

export const paje = {
  tauxPlein: {
    label: 'Allocation de base à taux plein',
    unit: 'rate',
    values: [{ from: '2018-04-01', value: 0.4165, ref: D531_2 }],
  },
  ageLimite: {
    label: 'Âge limite de l’enfant (strict)',
    unit: 'years',
    values: [{ from: '2004-01-01', value: 3, ref: D531_2 }],
  },
  plafondPlein: yearly('Plafond pour le taux plein, sans enfant', 22123, 23296, 24414, 24853),
  plafondPartiel: yearly('Plafond pour le taux partiel, sans enfant', 26432, 27833, 29169, 29694),
  majorationPleinBiactifIsole: yearly(
    'Majoration du plafond (taux plein) : deux revenus ou parent isolé',
    8892,
    9363,
    9812,
    9989,
  ),
  majorationPartielBiactifIsole: yearly(
    'Majoration du plafond (taux partiel) : deux revenus ou parent isolé',
    10625,
    11188,
    11725,
    11936,
  ),
  majorationDeuxPremiers: {
    label: 'Majoration du plafond pour chacun des deux premiers enfants',
    unit: 'rate',
    values: [{ from: '2018-04-01', value: 0.25, ref: R531_1 }],
  },
  majorationSuivants: {
    label: 'Majoration du plafond par enfant à partir du troisième',
    unit: 'rate',
    values: [{ from: '2018-04-01', value: 0.3, ref: R531_1 }],
  },
} satisfies Record<string, Parameter>;

export const REF_L531_3: LegalRef = {
  title: 'Code de la sécurité sociale, art. L531-3 (allocation de base de la PAJE)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036393206',
};

const D531_2_PRIME: LegalRef = {
  title: 'Code de la sécurité sociale, art. D531-2 (montant de la prime à la naissance)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030061628',
};
const L531_2: LegalRef = {
  title:
    'Code de la sécurité sociale, art. L531-2 (prime à la naissance, versée au 7e mois de grossesse)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042685543',
};

export const primeNaissance = {
  taux: {
    label: 'Prime à la naissance, en part de la BMAF',
    unit: 'rate',
    values: [{ from: '2004-01-01', value: 2.2975, ref: D531_2_PRIME }],
  },
  moisAvantNaissance: {
    label: 'Versement : mois civil situé ce nombre de mois avant la naissance',
    unit: 'months',
    values: [{ from: '2004-01-01', value: 2, ref: L531_2 }],
  },
} satisfies Record<string, Parameter>;

export { L531_2 as REF_L531_2 };
