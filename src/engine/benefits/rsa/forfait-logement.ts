// Forfait logement of the RSA: housing costs covered (housing aid received, owner without loan,
// housed free of charge) count as a flat resource depending on the household size.
import type { Context, MonthPeriod, StatutOccupationLogement } from '../../contract.ts';
import { amount, state } from '../../household/inputs.ts';
import { at } from '../../parameters/resolve.ts';
import { rsaParams } from '../../parameters/rsa.ts';

/** The flat amount, deducted in full for an advantage in kind, up to the housing aid otherwise. */
export function forfaitLogement(
  ctx: Context,
  m: MonthPeriod,
  persons: number,
  aideLogement: number,
): number {
  const menage = ctx.household.menage.inputs;
  const statut = state<StatutOccupationLogement>(
    menage,
    'statut_occupation_logement',
    m,
    'non_renseigne',
  );
  const owner =
    (statut === 'proprietaire' || statut === 'primo_accedant') && amount(menage, 'loyer', m) === 0;
  const nature =
    owner ||
    (statut === 'loge_gratuitement' && !state<boolean>(menage, 'participation_frais', m, false));
  const base = at(rsaParams.montantDeBase, m);
  const second = 1 + at(rsaParams.majorationDeuxiemePersonne, m);
  const third = second + at(rsaParams.majorationTroisiemePersonne, m);
  const forfait =
    base *
    (persons === 1
      ? at(rsaParams.forfaitLogement1, m)
      : persons === 2
        ? at(rsaParams.forfaitLogement2, m) * second
        : at(rsaParams.forfaitLogement3, m) * third);
  return Math.max(aideLogement > 0 ? Math.min(aideLogement, forfait) : 0, nature ? forfait : 0);
}
