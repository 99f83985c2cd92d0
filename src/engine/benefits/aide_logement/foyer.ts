// Who counts in the household for housing aids: dependent children (under 21, not financially
// independent) and disabled adult children with low resources.
import type { Context, MonthPeriod } from '../../contract.ts';
import { financiallyIndependent } from '../../household/children.ts';
import { age, isCouple, state, yearTotal } from '../../household/inputs.ts';
import { ressourcesAl } from '../../parameters/aide-logement-ressources.ts';
import { at } from '../../parameters/resolve.ts';

const TAXABLE = ['salaire_imposable', 'chomage_imposable', 'retraite_imposable'];

/** al_nb_personnes_a_charge: children 0–20 not independent, disabled adult children. */
export function personnesACharge(ctx: Context, m: MonthPeriod): number {
  const h = ctx.household;
  const limit = at(ressourcesAl.ageLimiteEnfant, m);
  const ceiling = at(ressourcesAl.partPlafondAspa, m) * at(ressourcesAl.plafondAspaN2, m);
  let n = 0;
  for (const id of h.famille.enfants) {
    const c = h.individus[id];
    if (!c) continue;
    const a = age(c, m);
    if (a === undefined) continue;
    if (a >= 0 && a < limit && !financiallyIndependent(c, m)) n += 1;
    else if (a >= limit) {
      const disabled = state<number>(c.inputs, 'taux_incapacite', m, 0) > 0.8;
      const resources = TAXABLE.reduce((s, v) => s + yearTotal(c.inputs, v, m.year - 2), 0);
      if (disabled && resources <= ceiling) n += 1;
    }
  }
  return n;
}

export function alCouple(ctx: Context): boolean {
  return isCouple(ctx.household);
}
