// The housing allowance counted as a resource (R861-5, R861-7): owners and people housed free of
// charge add a share of the yearly RSA amount for their foyer size; housing-aid recipients add
// the yearly aid, at most another share of it.
import type { Context, MonthPeriod, StatutOccupationLogement, TraceStep } from '../../contract.ts';
import { euros, roundCents } from '../../money.ts';
import { c2sParams as P } from '../../parameters/c2s.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { rsaParams } from '../../parameters/rsa.ts';
import { foyerSize } from './foyer.ts';

export function forfaitLogement(
  ctx: Context,
  m: MonthPeriod,
  statut: StatutOccupationLogement,
): { amount: number; trace: TraceStep[] } {
  const n = foyerSize(ctx.household, m);
  const second = at(rsaParams.majorationDeuxiemePersonne, m);
  const third = at(rsaParams.majorationTroisiemePersonne, m);
  const rsaYear =
    12 * at(rsaParams.montantDeBase, m) * (1 + (n >= 2 ? second : 0) + (n >= 3 ? third : 0));
  const index = n <= 1 ? 0 : n === 2 ? 1 : 2;
  const sansAl = valueAt(P.forfaitSansAl, m);
  const own = statut === 'proprietaire' || statut === 'loge_gratuitement';
  const base = own ? rsaYear * sansAl.value[index] : 0;
  const al = ctx.benefit('aide_logement', m).amount;
  const withAl = al > 0 ? Math.min(12 * al, rsaYear * at(P.forfaitAvecAl, m)[index]) : 0;
  const amount = base + withAl;
  if (amount === 0) return { amount, trace: [] };
  return {
    amount,
    trace: [
      {
        label: own
          ? 'Forfait logement (propriétaire ou logé gratuitement)'
          : 'Forfait logement (aide au logement)',
        value: roundCents(amount),
        unit: 'currency',
        formula: `part du RSA annuel de ${euros(rsaYear)} pour ${n} personne(s)`,
        ref: sansAl.ref,
      },
    ],
  };
}
