// Who counts in the prime d'activité household, as the RSA counts them (L842-3 refers to the
// RSA's foyer): children under 25 in charge whose own resources stay below what they add to
// the montant forfaitaire, and the isolated-parent situation that opens the majoré amount.
import type { Context, MonthPeriod } from '../../contract.ts';
import { financiallyIndependent } from '../../household/children.ts';
import { age, enfants, individus, isCouple, state } from '../../household/inputs.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { at } from '../../parameters/resolve.ts';
import { rsaParams } from '../../parameters/rsa.ts';
import { formatPeriod } from '../../period.ts';
import { rsaChildren } from '../rsa/montant.ts';

function compute(ctx: Context, m: MonthPeriod) {
  const h = ctx.household;
  const isolated = !isCouple(h);
  const recent = state(h.famille.inputs, 'rsa_isolement_recent', m, false);
  const children = rsaChildren(ctx, m);
  const youngest = at(rsaParams.ageEnfantMajoration, m);
  const underThree = enfants(h).some((c) => {
    const a = age(c, m);
    return a !== undefined && a >= 0 && a < youngest && !financiallyIndependent(c, m);
  });
  const majore = isolated && children.length > 0 && (underThree || recent);
  return { parents: h.famille.parents.length, children: children.map((c) => c.id), majore };
}

export interface PpaFoyer {
  readonly parents: number;
  /** Children counted (RSA sense: under 25, in charge, resources under the threshold). */
  readonly children: readonly string[];
  /** Isolated parent with a child under 3 or recently isolated: the majoré amount applies. */
  readonly majore: boolean;
}

export function ppaFoyer(ctx: Context, m: MonthPeriod): PpaFoyer {
  return ctx.memo(`ppa.foyer@${formatPeriod(m)}`, () => compute(ctx, m));
}

/** The ASF counted as a flat amount per child (R844-4), never more than the ASF paid. */
export function forfaitAsf(ctx: Context, m: MonthPeriod): number {
  const asf = ctx.benefit('asf', m).amount;
  if (asf <= 0) return 0;
  const kids = enfants(ctx.household).filter((c) => {
    const a = age(c, m);
    return a !== undefined && a >= 0 && a < 20 && !financiallyIndependent(c, m);
  }).length;
  return Math.min(asf, kids * at(rsaParams.forfaitAsf, m) * at(bmaf, m));
}

/** French nationals meet the residence condition; others need a residence permit held long
 * enough (5 years outside the EEA, 3 months inside), which the engine does not ask. */
export function nationaliteOk(ctx: Context, m: MonthPeriod): boolean {
  const h = ctx.household;
  return individus(h, [...h.famille.parents, ...h.famille.enfants]).some(
    (p) => state<string>(p.inputs, 'nationalite', m, 'FR') === 'FR',
  );
}
