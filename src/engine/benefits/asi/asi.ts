// ASI: tops up the resources of a disabled person drawing an invalidity or early retirement
// pension, below the ASPA age, to a ceiling; resources are the couple's mean gross incomes of the
// 3 previous months (AAH included for a partner who is neither ASI nor ASPA claimant), after the
// same work allowance as the ASPA.
import type {
  BenefitDefinition,
  BenefitResult,
  Context,
  Individu,
  MonthPeriod,
  TraceStep,
} from '../../contract.ts';
import {
  amount as monthAmount,
  isCouple,
  known,
  parents,
  sumBefore,
} from '../../household/inputs.ts';
import { euros, positive, roundCents } from '../../money.ts';
import { aspaParams, SMIC_LEGAL_HOURS } from '../../parameters/aspa.ts';
import { asiParams, REF_L815_24 } from '../../parameters/asi.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { smicHoraireBrut } from '../../parameters/smic.ts';
import { addMonths, asMonth, month, previousMonths } from '../../period.ts';
import { asiEligible, aspaAge } from './eligibility.ts';

const INCOMES = [
  'chomage_net',
  'pensions_alimentaires_percues',
  'retraite_brute',
  'salaire_de_base',
];

function resources(ctx: Context, p: Individu, m: MonthPeriod, couple: boolean): number {
  const incomes = INCOMES.reduce((s, v) => s + positive(sumBefore(p.inputs, v, m, 3)), 0);
  const aah =
    aspaAge(p, m) || asiEligible(p, m)
      ? 0
      : previousMonths(m, 3).reduce(
          (s, pm) => s + (ctx.benefit('aah', pm).byIndividu?.[p.id] ?? 0),
          0,
        );
  const salaries = sumBefore(p.inputs, 'salaire_de_base', m, 3);
  // The allowance on wages (a share of the SMIC of 1 January) matters only with wages.
  const rate = at(couple ? aspaParams.abattementCouple : aspaParams.abattementSeule, m);
  const allowance =
    salaries > 0 ? at(smicHoraireBrut, month(m.year, 1)) * SMIC_LEGAL_HOURS * rate : 0;
  return (incomes + aah - Math.min(salaries, allowance)) / 3;
}

function compute(ctx: Context, m: MonthPeriod): BenefitResult {
  const h = ctx.household;
  const adults = parents(h);
  const couple = isCouple(h);
  const byIndividu: Record<string, number> = Object.fromEntries(
    [...h.famille.parents, ...h.famille.enfants].map((id) => [id, 0]),
  );
  const claimants = adults.filter((p) => asiEligible(p, m));
  const aspaClaimants = adults.filter((p) => aspaAge(p, m)).length;
  const base = { id: 'asi' as const, period: m, byIndividu, missing: [] };
  if (claimants.length === 0) {
    // A pensioner below the ASPA age who has not said whether they are disabled may be entitled.
    const missing = adults
      .filter(
        (p) =>
          !known(p.inputs, 'handicap') &&
          monthAmount(p.inputs, 'retraite_nette', addMonths(m, -1)) > 0 &&
          !aspaAge(p, m),
      )
      .map((p) => ({ variable: 'handicap', entity: 'individu' as const, id: p.id }));
    return {
      ...base,
      missing,
      status: missing.length > 0 ? 'incomplete' : 'ineligible',
      amount: 0,
      reasons: [
        {
          code: 'conditions',
          message:
            'L’ASI est réservée aux personnes handicapées titulaires d’une pension d’invalidité ou de retraite anticipée qui n’ont pas l’âge de l’ASPA.',
          ref: REF_L815_24,
        },
      ],
      trace: [],
    };
  }
  // Two claimants (or one with a partner entitled to the ASPA) share the couple ceiling; with
  // an ASPA partner, the ASPA pays the couple (unmarried partners: no ASI share).
  const withAspaPartner = claimants.length === 1 && aspaClaimants === 1;
  const ceiling = withAspaPartner
    ? valueAt(aspaParams.plafondCouple, m)
    : valueAt(couple ? asiParams.plafondCouple : asiParams.plafondSeul, m);
  const share = withAspaPartner ? 0 : claimants.length === 2 ? 0.5 : 1;
  const res = adults.reduce((s, p) => s + resources(ctx, p, m, couple), 0);
  const each = roundCents(positive(ceiling.value / 12 - res) * share);
  for (const p of claimants) byIndividu[p.id] = each;
  const amount = roundCents(each * claimants.length);
  const trace: TraceStep[] = [
    {
      label: 'Ressources mensuelles du foyer (moyenne des 3 mois précédents)',
      value: roundCents(res),
      unit: 'currency',
      ref: REF_L815_24,
    },
    {
      label: 'Plafond mensuel de ressources',
      value: roundCents(ceiling.value / 12),
      unit: 'currency',
      formula: `${euros(ceiling.value)} / 12`,
      ref: ceiling.ref,
    },
    {
      label: 'ASI du mois',
      value: amount,
      unit: 'currency',
      formula: `(plafond − ressources)${share === 0.5 ? ' partagé entre les deux allocataires' : ''}`,
      ref: REF_L815_24,
    },
  ];
  if (amount === 0) {
    return {
      ...base,
      status: 'ineligible',
      amount: 0,
      reasons: [
        {
          code: 'ressources',
          message: `Les ressources du foyer atteignent le plafond de l’ASI (${euros(ceiling.value / 12)} par mois).`,
          ref: ceiling.ref,
        },
      ],
      trace,
    };
  }
  return { ...base, status: 'eligible', amount, reasons: [], trace };
}

export const asi: BenefitDefinition = {
  id: 'asi',
  label: 'Allocation supplémentaire d’invalidité',
  periodicity: 'month',
  entity: 'individu',
  paidBy: ['cpam', 'cnav', 'carsat', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
