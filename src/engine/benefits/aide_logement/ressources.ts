// Housing-aid resources: taxable incomes of the rolling 12 months after the tax deductions, the
// 30 % allowance for long-term unemployment or retirement, neutralisation of work incomes, the
// children's share above a threshold, rounding up to the next 100 €.
import type { Activite, Context, Individu, MonthPeriod, TraceStep } from '../../contract.ts';
import { dateBefore, rollingYear } from '../../household/resources-12-months.ts';
import { age, amount, parents, state, yearTotal } from '../../household/inputs.ts';
import { AL_REFS } from '../../parameters/aide-logement-refs.ts';
import { ressourcesAl } from '../../parameters/aide-logement-ressources.ts';
import { abattementFraisPro, abattementPensions } from '../../parameters/impot-deductions.ts';
import { bmaf } from '../../parameters/prestations-familiales.ts';
import { at } from '../../parameters/resolve.ts';
import { addMonths, month } from '../../period.ts';
import { euros } from '../../money.ts';
import { roundHalfEven } from './round.ts';

export interface AlResources {
  readonly annual: number;
  readonly neutralised: boolean;
  readonly trace: readonly TraceStep[];
}

/** Unemployed without benefit (for more than two months) among the parents. */
export function chomageNonIndemnise(ctx: Context, m: MonthPeriod): boolean {
  const twoMonthsAgo = addMonths(m, -2);
  return parents(ctx.household).some(
    (p) =>
      state<Activite>(p.inputs, 'activite', m, 'inactif') === 'chomeur' &&
      amount(p.inputs, 'chomage_imposable', m) === 0 &&
      dateBefore(p.inputs, 'date_debut_chomage', twoMonthsAgo),
  );
}

function aahOf(ctx: Context, p: Individu, m: MonthPeriod): number {
  return ctx.benefit('aah', m).byIndividu?.[p.id] ?? 0;
}

/** One person's yearly resources (before the family-level rules). */
function individual(ctx: Context, p: Individu, m: MonthPeriod, neutralised: boolean): number {
  const lastYear = month(m.year - 1, 1);
  const sal = rollingYear(p.inputs, 'salaire_imposable', m);
  const cho = rollingYear(p.inputs, 'chomage_imposable', m);
  const assimilated = sal + cho;
  const deduction = roundHalfEven(
    Math.min(
      Math.max(
        at(abattementFraisPro.taux, lastYear) * assimilated,
        at(abattementFraisPro.min, lastYear),
      ),
      at(abattementFraisPro.max, lastYear),
    ),
  );
  const pensions =
    yearTotal(p.inputs, 'pensions_alimentaires_percues', m.year - 1) +
    rollingYear(p.inputs, 'retraite_imposable', m);
  const pensionsNet = Math.max(
    0,
    pensions -
      roundHalfEven(
        Math.max(at(abattementPensions.taux, m) * pensions, at(abattementPensions.min, m)),
      ),
  );
  const activite = state<Activite>(p.inputs, 'activite', m, 'inactif');
  const noWork = amount(p.inputs, 'salaire_imposable', m) === 0;
  const retiredOrAah = (activite === 'retraite' || aahOf(ctx, p, m) > 0) && noWork;
  const longUnemployed =
    activite === 'chomeur' && dateBefore(p.inputs, 'date_debut_chomage', addMonths(m, -2));
  const rate = at(ressourcesAl.abattementChomage, m);
  const work = Math.max(0, sal - deduction) * (1 - rate * (longUnemployed || retiredOrAah ? 1 : 0));
  const unemployment =
    (cho + (assimilated > 0 ? Math.min(0, sal - deduction) : 0)) *
    (1 - rate * (retiredOrAah ? 1 : 0));
  return (neutralised ? 0 : work + unemployment) + pensionsNet;
}

/** Both parents earn at least 12 BMAF in the month (taxable salary). */
function biactivite(ctx: Context, m: MonthPeriod): boolean {
  const ps = parents(ctx.household);
  const threshold = 12 * at(bmaf, m);
  return ps.length === 2 && ps.every((p) => amount(p.inputs, 'salaire_imposable', m) >= threshold);
}

/** Why work and unemployment incomes are neutralised, if they are. */
export type Neutralisation = 'rsa' | 'chomage' | 'none';

export function alResources(ctx: Context, m: MonthPeriod, why: Neutralisation): AlResources {
  const h = ctx.household;
  const neutralised = why !== 'none';
  const fromParents = parents(h).reduce((s, p) => s + individual(ctx, p, m, neutralised), 0);
  const childAllowance = at(ressourcesAl.partPlafondAspa, m) * at(ressourcesAl.plafondAspaN2, m);
  const fromChildren = h.famille.enfants.reduce((s, id) => {
    const c = h.individus[id];
    return c ? s + Math.max(0, individual(ctx, c, m, false) - childAllowance) : s;
  }, 0);
  let total = Math.max(
    0,
    fromParents + fromChildren - (biactivite(ctx, m) ? at(ressourcesAl.doubleActivite, m) : 0),
  );
  const demandeur = parents(h)[0];
  const student =
    demandeur !== undefined &&
    state<Activite>(demandeur.inputs, 'activite', m, 'inactif') === 'etudiant' &&
    (age(demandeur, m) ?? 99) < at(ressourcesAl.etudiantAgeMax, m);
  if (student) total = at(ressourcesAl.etudiantForfait, m);
  const annual = Math.ceil(roundHalfEven(total * 100) / 100 / 100) * 100;
  const trace: TraceStep[] = [
    {
      label: student
        ? 'Ressources retenues : forfait étudiant'
        : 'Ressources imposables des 12 mois glissants (jusqu’à M-2), après abattements, arrondies à la centaine supérieure',
      value: annual,
      unit: 'currency',
      formula: `${euros(total)} arrondi à ${euros(annual)}`,
      ref: student ? AL_REFS.cchR822_20 : AL_REFS.cgi83,
    },
  ];
  if (neutralised)
    trace.push({
      label:
        why === 'rsa'
          ? 'Revenus d’activité et de chômage neutralisés (RSA perçu le mois précédent)'
          : 'Revenus d’activité et de chômage neutralisés (chômage non indemnisé)',
      value: true,
      ref: AL_REFS.cchR822_15,
    });
  return { annual, neutralised, trace };
}
