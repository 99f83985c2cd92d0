// RSA resources: the mean of the 3 previous months of net incomes (an income stopped this month
// with no replacement income is left out), family benefits of the month, other minima.
import type { BenefitId, Context, Individu, MonthPeriod } from '../../contract.ts';
import { childrenUnder } from '../../household/children.ts';
import { amount } from '../../household/inputs.ts';
import { windowSum } from '../../household/resources-12-months.ts';
import { afParts } from '../af/parts.ts';
import { cfParts } from '../cf/cf.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { at } from '../../parameters/resolve.ts';
import { rsaParams } from '../../parameters/rsa.ts';
import { addMonths, previousMonths } from '../../period.ts';

const ACTIVITY = ['salaire_net'];
const PROFESSIONAL = ['chomage_net', 'retraite_nette'];
const OTHER = ['pensions_alimentaires_percues'];

function stopped(p: Individu, v: string, m: MonthPeriod): boolean {
  return amount(p.inputs, v, m) === 0 && amount(p.inputs, v, addMonths(m, -1)) > 0;
}

function replacement(p: Individu, m: MonthPeriod): boolean {
  return amount(p.inputs, 'chomage_net', m) + amount(p.inputs, 'retraite_nette', m) > 0;
}

/** rsa_revenu_activite_individu + rsa_base_ressources_individu: monthly mean over 3 months. */
export function individualResources(p: Individu, m: MonthPeriod): number {
  const subst = replacement(p, m);
  const kept = (v: string): number =>
    stopped(p, v, m) && !subst ? 0 : windowSum(p.inputs, v, m, 3);
  const activity = ACTIVITY.reduce((s, v) => s + kept(v), 0) / 3;
  const pro = PROFESSIONAL.reduce((s, v) => s + kept(v), 0);
  const allowance = 3 * at(rsaParams.montantDeBase, m);
  const other = OTHER.reduce(
    (s, v) => s + Math.max(0, windowSum(p.inputs, v, m, 3) - (stopped(p, v, m) ? allowance : 0)),
    0,
  );
  return activity + (pro + other) / 3;
}

/** The amount of another benefit of the same household. */
function other(ctx: Context, id: BenefitId, m: MonthPeriod): number {
  return ctx.benefit(id, m).amount;
}

/** The ASF counted as a flat amount per child (R262-10-1), never more than the ASF paid. */
export function forfaitAsf(ctx: Context, m: MonthPeriod): number {
  const asf = other(ctx, 'asf', m);
  if (asf <= 0) return 0;
  const kids = childrenUnder(ctx.household, m, 20).length;
  return Math.min(asf, kids * at(rsaParams.forfaitAsf, m) * at(bmaf, m));
}

/** Family benefits of the month as the RSA counts them (AF base, PAJE base, ASF as a flat rate). */
export function prestationsFamiliales(ctx: Context, m: MonthPeriod, afBase: number): number {
  // Only the normal complément familial counts, not its increase for low resources.
  const cf = other(ctx, 'cf', m) > 0 ? cfParts(ctx, m).nonMajore : 0;
  return other(ctx, 'paje_base', m) + forfaitAsf(ctx, m) + cf + afBase;
}

/** Other minima: ASPA of the month, AAH and ASI of the 3 previous months (mean). */
export function minimaSociaux(ctx: Context, m: MonthPeriod): number {
  const past = previousMonths(m, 3).reduce(
    (s, p) => s + other(ctx, 'aah', p) + other(ctx, 'asi', p),
    0,
  );
  return other(ctx, 'aspa', m) + past / 3;
}

/** The base part of the allocations familiales (without age majorations), after modulation. */
export function afBase(ctx: Context, m: MonthPeriod): number {
  return Math.min(afParts(ctx, m).base, other(ctx, 'af', m));
}
