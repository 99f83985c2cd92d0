// Réduction de loyer de solidarité: in social housing, under a monthly resource ceiling, the rent
// is lowered and 98 % of that reduction is taken off the APL.
import type { Context, MonthPeriod, TraceStep, ZoneApl } from '../../contract.ts';
import { euros, roundCents } from '../../money.ts';
import { fractionRls, rlsParZone } from '../../parameters/aide-logement-rls.ts';
import { at, valueAt } from '../../parameters/resolve.ts';

export function rls(
  _ctx: Context,
  m: MonthPeriod,
  zone: ZoneApl,
  couple: boolean,
  pac: number,
  annualResources: number,
): { value: number; trace: TraceStep[] } {
  const z = rlsParZone[zone];
  const idx = pac === 0 ? (couple ? 1 : 0) : Math.min(pac, 6) + 1;
  const ceilingParam = z.plafonds[idx];
  if (!ceilingParam) return { value: 0, trace: [] };
  const ceiling = at(ceilingParam, m) + Math.max(0, pac - 6) * at(z.plafondParPacSupplementaire, m);
  if (!(annualResources / 12 < ceiling)) return { value: 0, trace: [] };
  const amountParam = z.montants[pac === 0 ? (couple ? 1 : 0) : 2];
  if (!amountParam) return { value: 0, trace: [] };
  const amount = valueAt(amountParam, m);
  const reduction = amount.value + Math.max(0, pac - 1) * at(z.montantParPacSupplementaire, m);
  const value = reduction * at(fractionRls, m);
  return {
    value,
    trace: [
      {
        label: 'Réduction de loyer de solidarité imputée sur l’APL (98 %)',
        value: roundCents(value),
        unit: 'currency',
        formula: `${euros(reduction)} × 98 % (ressources mensuelles ${euros(annualResources / 12)} sous ${euros(ceiling)})`,
        ref: amount.ref,
      },
    ],
  };
}
