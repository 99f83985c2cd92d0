// Complément familial: for families with at least three children aged 3 to 20, a share of the
// BMAF under a resource ceiling (N-2), with a differential amount just above it and a higher
// amount under half of it. Not paid together with the PAJE allocation de base.
import type {
  BenefitDefinition,
  BenefitResult,
  Context,
  MonthPeriod,
  TraceStep,
} from '../../contract.ts';
import { childrenUnder } from '../../household/children.ts';
import { age } from '../../household/inputs.ts';
import { REF_R532_3, ressourcesPrestationsFamiliales } from '../../household/ressources-pf.ts';
import { plafondPf } from '../../household/plafond-pf.ts';
import { euros, percent, roundCents } from '../../money.ts';
import { cfParams, REF_L522_1, REF_L532_2 } from '../../parameters/cf.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { asMonth, formatPeriod } from '../../period.ts';
import { granted, notGranted } from '../result.ts';
import { missingBirthDates } from '../../household/missing.ts';

export interface CfParts {
  /** Children aged 3 or more among those under 21 (they open the right). */
  readonly eligibleChildren: number;
  readonly childrenInCharge: number;
  readonly resources: number;
  readonly ceiling: number;
  /** Normal amount, differential just above the ceiling; 0 when not open. */
  readonly nonMajore: number;
  /** Higher amount under the lower ceiling; 0 otherwise. */
  readonly majore: number;
  readonly trace: readonly TraceStep[];
}

function parts(ctx: Context, period: MonthPeriod): CfParts {
  const h = ctx.household;
  const inCharge = childrenUnder(h, period, at(cfParams.ageMax, period));
  const ageMin = at(cfParams.ageMin, period);
  const eligibleChildren = inCharge.filter((c) => (age(c, period) ?? -1) >= ageMin).length;
  const n = inCharge.length;
  const childrenStep: TraceStep = {
    label: 'Enfants de 3 à 20 ans à charge',
    value: eligibleChildren,
    unit: 'count',
    ref: valueAt(cfParams.ageMin, period).ref,
  };
  // Most families do not have three such children: the ceilings do not matter then.
  if (eligibleChildren < at(cfParams.nombreEnfantsMin, period)) {
    const none = { resources: 0, ceiling: 0, nonMajore: 0, majore: 0 };
    return { eligibleChildren, childrenInCharge: n, ...none, trace: [childrenStep] };
  }
  const base = valueAt(cfParams.plafond, period);
  const majorations = {
    deuxPremiers: at(cfParams.majorationDeuxPremiers, period),
    suivants: at(cfParams.majorationSuivants, period),
  };
  const { ceiling, rate, bonus } = plafondPf(
    h,
    period,
    n,
    majorations,
    base.value,
    at(cfParams.majorationBiactifIsole, period),
  );
  const lowCeiling = ceiling * at(cfParams.partPlafondMajore, period);
  const resources = ressourcesPrestationsFamiliales(h, period);
  const b = valueAt(bmaf, period);
  const tauxBase = valueAt(cfParams.tauxBase, period);
  const tauxMaj = valueAt(cfParams.tauxMajore, period);
  const full = tauxBase.value * b.value;
  const differential = (ceiling + 12 * full - resources) / 12;
  const nonMajore = resources <= ceiling ? full : Math.max(0, differential);
  const majore = resources <= lowCeiling ? tauxMaj.value * b.value : 0;
  const trace: TraceStep[] = [
    childrenStep,
    {
      label: `Ressources ${period.year - 2} retenues`,
      value: resources,
      unit: 'currency',
      ref: REF_R532_3,
    },
    {
      label: `Plafond de ressources (${n} enfant${n > 1 ? 's' : ''} à charge${bonus ? ', deux revenus ou parent isolé' : ''})`,
      value: roundCents(ceiling),
      unit: 'currency',
      formula: `${euros(base.value)} × ${String(roundCents(rate)).replace('.', ',')}${bonus ? ' + majoration' : ''}`,
      ref: base.ref,
    },
    {
      label: 'Plafond du montant majoré',
      value: roundCents(lowCeiling),
      unit: 'currency',
      ref: valueAt(cfParams.partPlafondMajore, period).ref,
    },
    {
      label: 'Montant de base',
      value: roundCents(full),
      unit: 'currency',
      formula: `${percent(tauxBase.value)} × ${euros(b.value)}`,
      ref: tauxBase.ref,
    },
  ];
  if (majore > 0)
    trace.push({
      label: 'Montant majoré (ressources sous le plafond majoré)',
      value: roundCents(majore),
      unit: 'currency',
      formula: `${percent(tauxMaj.value)} × ${euros(b.value)}`,
      ref: tauxMaj.ref,
    });
  else if (resources > ceiling && nonMajore > 0)
    trace.push({
      label: 'Complément familial différentiel (ressources au-dessus du plafond)',
      value: roundCents(nonMajore),
      unit: 'currency',
      formula: `(${euros(ceiling)} + 12 × ${euros(full)} − ${euros(resources)}) ÷ 12`,
      ref: base.ref,
    });
  return {
    eligibleChildren,
    childrenInCharge: n,
    resources,
    ceiling,
    nonMajore,
    majore,
    trace,
  };
}

/** The complément familial's amounts before the rule against cumulation (memoised). */
export function cfParts(ctx: Context, period: MonthPeriod): CfParts {
  return ctx.memo(`cf.parts@${formatPeriod(period)}`, () => parts(ctx, period));
}

function compute(ctx: Context, period: MonthPeriod): BenefitResult {
  const p = cfParts(ctx, period);
  const missing = missingBirthDates(ctx.household, ctx.household.famille.enfants);
  const min = valueAt(cfParams.nombreEnfantsMin, period);
  if (p.eligibleChildren < min.value) {
    return notGranted(
      'cf',
      period,
      {
        code: 'moins_de_trois_enfants',
        message: `Le complément familial est versé à partir de ${min.value} enfants à charge âgés de 3 à 20 ans.`,
        ref: REF_L522_1,
      },
      p.trace,
      missing,
    );
  }
  const amount = roundCents(Math.max(p.nonMajore, p.majore));
  if (amount <= 0) {
    return notGranted(
      'cf',
      period,
      {
        code: 'ressources',
        message: `Les ressources de ${period.year - 2} (${euros(p.resources)}) dépassent le plafond (${euros(p.ceiling)}).`,
        ref: valueAt(cfParams.plafond, period).ref,
      },
      p.trace,
    );
  }
  const paje = ctx.benefit('paje_base', period);
  if (paje.amount > 0) {
    return notGranted(
      'cf',
      period,
      {
        code: 'cumul_paje_base',
        message:
          'Le complément familial ne se cumule pas avec l’allocation de base de la PAJE, déjà versée pour ce mois.',
        ref: REF_L532_2,
      },
      [
        ...p.trace,
        {
          label: 'Allocation de base de la PAJE',
          value: paje.amount,
          unit: 'currency',
          ref: REF_L532_2,
        },
      ],
    );
  }
  return granted('cf', period, amount, [
    ...p.trace,
    { label: 'Complément familial du mois', value: amount, unit: 'currency', ref: REF_L522_1 },
  ]);
}

export const cf: BenefitDefinition = {
  id: 'cf',
  label: 'Complément familial',
  periodicity: 'month',
  entity: 'famille',
  paidBy: ['caf', 'msa'],
  compute: (ctx, period) => compute(ctx, asMonth(period)),
};
