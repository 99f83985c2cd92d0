// The AAH claimant's own resources (individualised since 1 October 2023: the spouse's incomes no
// longer count). Someone who works in the month is assessed on the 3 previous months (net,
// annualised ×4); anyone else on the taxable incomes of year N-2. Work and unemployment incomes
// get the D821-9 allowances, and 30 % off when the activity stopped or a replacement income is
// paid (R532-5).
import type { Activite, Context, Individu, MonthPeriod, TraceStep } from '../../contract.ts';
import { amount, state, sumBefore, yearTotal } from '../../household/inputs.ts';
import { euros, roundCents } from '../../money.ts';
import { aahParams, REF_D821_9 } from '../../parameters/aah.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { smicHoraireBrut } from '../../parameters/smic.ts';
import { addMonths, previousMonths } from '../../period.ts';
import { asiEligible } from '../asi/eligibility.ts';

const QUARTER_ACTIVITY = ['salaire_net', 'chomage_net'];
const QUARTER_OTHER = ['retraite_nette', 'pensions_alimentaires_percues'];
const N2_ACTIVITY = ['salaire_imposable', 'chomage_imposable'];
const N2_OTHER = ['retraite_imposable', 'pensions_alimentaires_percues'];

export interface AahResources {
  /** Monthly resources retained (€). */
  readonly monthly: number;
  readonly quarterly: boolean;
  readonly trace: readonly TraceStep[];
}

/** Yearly work income after the D821-9 allowances (80 % up to 30 % of the SMIC, then 40 %). */
function afterWorkAllowance(yearly: number, m: MonthPeriod): number {
  if (yearly <= 0) return 0;
  const smicYear = 12 * at(smicHoraireBrut, m) * at(aahParams.heuresSmic, m);
  const lower = Math.min(at(aahParams.trancheSmic, m) * smicYear, yearly);
  const upper = Math.max(0, yearly - lower);
  return (
    (1 - at(aahParams.abattementTranche1, m)) * lower +
    (1 - at(aahParams.abattementTranche2, m)) * upper
  );
}

const sum3 = (p: Individu, vars: readonly string[], m: MonthPeriod) =>
  vars.reduce((s, v) => s + sumBefore(p.inputs, v, m, 3), 0);
const sumN2 = (p: Individu, vars: readonly string[], m: MonthPeriod) =>
  vars.reduce((s, v) => s + yearTotal(p.inputs, v, m.year - 2), 0);

/** The ASI of the 3 previous months counts in the quarterly assessment. */
function asiOf(ctx: Context, p: Individu, m: MonthPeriod): number {
  return previousMonths(m, 3)
    .filter((pm) => asiEligible(p, pm))
    .reduce((s, pm) => s + (ctx.benefit('asi', pm).byIndividu?.[p.id] ?? 0), 0);
}

export function aahResources(ctx: Context, p: Individu, m: MonthPeriod): AahResources {
  const quarterly = amount(p.inputs, 'salaire_imposable', m) > 0;
  const activity = quarterly ? 4 * sum3(p, QUARTER_ACTIVITY, m) : sumN2(p, N2_ACTIVITY, m);
  const other = quarterly
    ? 4 * (sum3(p, QUARTER_OTHER, m) + asiOf(ctx, p, m))
    : sumN2(p, N2_OTHER, m);
  const last = addMonths(m, -1);
  const replacement =
    amount(p.inputs, 'chomage_net', last) + amount(p.inputs, 'retraite_nette', last) > 0;
  const stopped = !quarterly && state<Activite>(p.inputs, 'activite', m, 'inactif') !== 'etudiant';
  const cessation = stopped || replacement ? valueAt(aahParams.abattementCessation, m) : undefined;
  const factor = 1 - (cessation?.value ?? 0);
  const workRetained = afterWorkAllowance(activity, m) * factor;
  const monthly = Math.max(0, workRetained + other) / 12;
  const window = quarterly
    ? 'les 3 mois précédents, en net, multipliés par 4'
    : `l’année ${m.year - 2}, en revenus imposables`;
  const trace: TraceStep[] = [
    {
      label: `Revenus d’activité et de chômage retenus sur ${window}`,
      value: roundCents(activity),
      unit: 'currency',
    },
    {
      label: 'Après abattements sur les revenus d’activité',
      value: roundCents(workRetained),
      unit: 'currency',
      formula: `80 % puis 40 % d’abattement au-delà de 30 % du SMIC annuel${cessation ? ', puis 30 % pour cessation d’activité ou revenu de remplacement' : ''}`,
      ref: cessation?.ref ?? REF_D821_9,
    },
    {
      label: 'Autres ressources (retraites, pensions alimentaires, ASI)',
      value: roundCents(other),
      unit: 'currency',
    },
    {
      label: 'Ressources mensuelles retenues',
      value: roundCents(monthly),
      unit: 'currency',
      formula: `(${euros(workRetained)} + ${euros(other)}) / 12`,
    },
  ];
  return { monthly, quarterly, trace };
}
