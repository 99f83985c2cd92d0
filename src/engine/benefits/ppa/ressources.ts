// The resources of one month for the prime d'activité (L842-4, R844-1 to R844-5): activity
// incomes of every member of the famille (with the AAH when the person works enough), the
// other incomes of the month, and the family benefits counted as they are for the RSA.
import type { Context, MonthPeriod } from '../../contract.ts';
import { amount } from '../../household/inputs.ts';
import { at } from '../../parameters/resolve.ts';
import { ppaParams } from '../../parameters/ppa.ts';
import { smicHoraireBrut } from '../../parameters/smic.ts';
import { formatPeriod } from '../../period.ts';
import { afParts } from '../af/parts.ts';
import { cfParts } from '../cf/cf.ts';
import { forfaitAsf } from './foyer.ts';

const OTHER_INCOMES = ['chomage_net', 'retraite_nette', 'pensions_alimentaires_percues'] as const;

export interface PpaRessources {
  /** Activity income by person (OpenFisca ppa_revenu_activite_individu). */
  readonly activiteParPersonne: Readonly<Record<string, number>>;
  readonly activite: number;
  readonly horsActivite: number;
  readonly prestationsFamiliales: number;
}

function members(ctx: Context): string[] {
  return [...ctx.household.famille.parents, ...ctx.household.famille.enfants];
}

/** One person's activity income of month m, the AAH included when they work enough (D843-4). */
export function revenuActivite(ctx: Context, id: string, m: MonthPeriod): number {
  return ctx.memo(`ppa.activite@${id}@${formatPeriod(m)}`, () => {
    const work = amount(ctx.household.individus[id]?.inputs ?? {}, 'salaire_net', m);
    const seuil = at(ppaParams.seuilAahActivite, m) * at(smicHoraireBrut, m);
    return work >= seuil ? work + (ctx.benefit('aah', m).byIndividu?.[id] ?? 0) : work;
  });
}

function compute(ctx: Context, m: MonthPeriod): PpaRessources {
  const h = ctx.household;
  const aahSeuil = at(ppaParams.seuilAahActivite, m) * at(smicHoraireBrut, m);
  const aah = ctx.benefit('aah', m).byIndividu ?? {};
  const asi = ctx.benefit('asi', m).byIndividu ?? {};
  const activiteParPersonne: Record<string, number> = {};
  let activite = 0;
  let horsActivite = ctx.benefit('aspa', m).amount;
  for (const id of members(ctx)) {
    const inputs = h.individus[id]?.inputs ?? {};
    const work = amount(inputs, 'salaire_net', m);
    const own = revenuActivite(ctx, id, m);
    activiteParPersonne[id] = own;
    activite += own;
    horsActivite += (work < aahSeuil ? (aah[id] ?? 0) : 0) + (asi[id] ?? 0);
    for (const v of OTHER_INCOMES) horsActivite += amount(inputs, v, m);
  }
  const cf = ctx.benefit('cf', m).amount > 0 ? cfParts(ctx, m).nonMajore : 0;
  const af = Math.min(afParts(ctx, m).base, ctx.benefit('af', m).amount);
  const prestationsFamiliales = ctx.benefit('paje_base', m).amount + forfaitAsf(ctx, m) + cf + af;
  return { activiteParPersonne, activite, horsActivite, prestationsFamiliales };
}

export function ppaRessources(ctx: Context, m: MonthPeriod): PpaRessources {
  return ctx.memo(`ppa.ressources@${formatPeriod(m)}`, () => compute(ctx, m));
}
