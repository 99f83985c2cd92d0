// ASPA: tops up the resources of people aged 65 (or from the legal retirement age when unfit
// for work or disabled) to a minimum, from the mean gross incomes of the 3 previous months.
import type {
  BenefitDefinition,
  BenefitResult,
  Context,
  Individu,
  MonthPeriod,
} from '../../contract.ts';
import { granted, notGranted } from '../result.ts';
import { age, isCouple, parents, state, sumBefore } from '../../household/inputs.ts';
import { euros, positive, roundCents } from '../../money.ts';
import { aspaParams, REF_L815_1, SMIC_LEGAL_HOURS } from '../../parameters/aspa.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { smicHoraireBrut } from '../../parameters/smic.ts';
import { asMonth, month } from '../../period.ts';

const INCOMES = [
  'chomage_net',
  'pensions_alimentaires_percues',
  'retraite_brute',
  'salaire_de_base',
];

function eligible(p: Individu, m: MonthPeriod): boolean {
  const a = age(p, m);
  if (a === undefined) return false;
  const incapacity = state(p.inputs, 'taux_incapacite', m, 0);
  return (
    a >= at(aspaParams.ageMin, m) ||
    (a >= at(aspaParams.ageLegal, m) && incapacity > at(aspaParams.tauxIncapacite, m))
  );
}

/** Monthly mean of the resources counted over the 3 previous months, after the work allowance. */
function resources(p: Individu, m: MonthPeriod, couple: boolean): number {
  const total = INCOMES.reduce((s, v) => s + Math.max(0, sumBefore(p.inputs, v, m, 3)), 0);
  const rate = at(couple ? aspaParams.abattementCouple : aspaParams.abattementSeule, m);
  const allowance = at(smicHoraireBrut, month(m.year, 1)) * SMIC_LEGAL_HOURS * rate;
  return (total - Math.min(sumBefore(p.inputs, 'salaire_de_base', m, 3), allowance)) / 3;
}

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const h = ctx.household;
  const adults = parents(h);
  const couple = isCouple(h);
  const beneficiaries = adults.filter((p) => eligible(p, period)).length;
  if (beneficiaries === 0) {
    const missing = adults
      .filter((p) => p.inputs.date_naissance === undefined)
      .map((p) => ({ variable: 'date_naissance', entity: 'individu' as const, id: p.id }));
    return notGranted(
      'aspa',
      period,
      {
        code: 'age',
        message:
          'L’ASPA est ouverte à partir de 65 ans, ou de l’âge légal de départ à la retraite en cas d’inaptitude au travail ou d’invalidité.',
        ref: REF_L815_1,
      },
      [],
      missing,
    );
  }
  const max = valueAt(beneficiaries === 2 ? aspaParams.maxCouple : aspaParams.maxSeule, period);
  const ceiling = valueAt(couple ? aspaParams.plafondCouple : aspaParams.plafondSeule, period);
  const base = adults.reduce((s, p) => s + resources(p, period, couple), 0);
  const amount = roundCents(positive(Math.min(max.value / 12, ceiling.value / 12 - base)));
  const trace = [
    {
      label: 'Ressources mensuelles retenues (moyenne des 3 mois précédents)',
      value: roundCents(base),
      unit: 'currency' as const,
      ref: REF_L815_1,
    },
    {
      label: beneficiaries === 2 ? aspaParams.maxCouple.label : aspaParams.maxSeule.label,
      value: roundCents(max.value / 12),
      unit: 'currency' as const,
      formula: `${euros(max.value)} / 12`,
      ref: max.ref,
    },
    {
      label: couple ? 'Plafond de ressources du couple' : 'Plafond de ressources',
      value: roundCents(ceiling.value / 12),
      unit: 'currency' as const,
      formula: `${euros(ceiling.value)} / 12`,
      ref: ceiling.ref,
    },
    {
      label: 'ASPA du mois',
      value: amount,
      unit: 'currency' as const,
      formula: 'le plus petit du montant maximal et de (plafond − ressources)',
    },
  ];
  if (amount === 0) {
    return notGranted(
      'aspa',
      period,
      {
        code: 'ressources',
        message: `Les ressources dépassent le plafond (${euros(ceiling.value / 12)} par mois).`,
        ref: ceiling.ref,
      },
      trace,
    );
  }
  return granted('aspa', period, amount, trace);
}

export const aspa: BenefitDefinition = {
  id: 'aspa',
  label: 'Allocation de solidarité aux personnes âgées',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['carsat', 'cnav', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
