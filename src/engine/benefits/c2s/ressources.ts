// C2S resources: the 12 months before the month, net incomes of the parents and of the children
// counted in the foyer, the AAH, ASI and ASPA after their allowances, the family benefits, and a
// housing allowance for owners, people housed free of charge and housing-aid recipients.
import type {
  Activite,
  BenefitId,
  Context,
  Individu,
  MonthPeriod,
  StatutOccupationLogement,
  TraceStep,
} from '../../contract.ts';
import {
  amount,
  enfants,
  isCouple,
  known,
  parents,
  state,
  sumBefore,
} from '../../household/inputs.ts';
import { aspaAge } from '../asi/eligibility.ts';
import { euros, positive, roundCents } from '../../money.ts';
import { c2sParams as P } from '../../parameters/c2s.ts';
import { at, valueAt } from '../../parameters/resolve.ts';
import { previousMonths } from '../../period.ts';
import { childrenCounted } from './foyer.ts';
import { forfaitLogement } from './forfait-logement.ts';

const NET_INCOMES = [
  'salaire_net',
  'chomage_net',
  'retraite_nette',
  'pensions_alimentaires_percues',
];
const FAMILY_BENEFITS: readonly BenefitId[] = ['af', 'asf', 'cf'];

const last12 = (m: MonthPeriod, f: (pm: MonthPeriod) => number) =>
  previousMonths(m, 12).reduce((s, pm) => s + f(pm), 0);

function individual(ctx: Context, p: Individu, m: MonthPeriod): number {
  const incomes = NET_INCOMES.reduce((s, v) => s + sumBefore(p.inputs, v, m, 12), 0);
  const aahCut = at(P.abattementAah, m);
  // Benefits that cannot be paid to this person are not computed for 12 months (speed): the
  // AAH needs an incapacity rate, the ASI a disability.
  const aah = !known(p.inputs, 'taux_incapacite')
    ? 0
    : last12(m, (pm) => positive((ctx.benefit('aah', pm).byIndividu?.[p.id] ?? 0) - aahCut));
  const asi = !known(p.inputs, 'handicap')
    ? 0
    : last12(m, (pm) => {
        const r = ctx.benefit('asi', pm);
        const own = r.byIndividu?.[p.id] ?? 0;
        if (own === 0 || (ctx.benefit('aah', pm).byIndividu?.[p.id] ?? 0) > 0) return own;
        const both = Object.values(r.byIndividu ?? {}).filter((v) => v > 0).length > 1;
        const cut = both ? at(P.abattementAsiCouple, pm) / 2 : at(P.abattementAsiSeule, pm);
        return positive(own - cut);
      });
  // Unemployment benefit now: 30 % off the salaries of the period (R861-8).
  const unemployed =
    state<Activite>(p.inputs, 'activite', m, 'inactif') === 'chomeur' &&
    amount(p.inputs, 'chomage_net', m) > 0;
  const cut = unemployed
    ? at(P.abattementChomage, m) * sumBefore(p.inputs, 'salaire_net', m, 12)
    : 0;
  return incomes + aah + asi - cut;
}

export interface C2sResources {
  readonly total: number;
  readonly trace: readonly TraceStep[];
}

export function c2sResources(ctx: Context, m: MonthPeriod): C2sResources {
  const h = ctx.household;
  const members = [...parents(h), ...childrenCounted(h, m)];
  const persons = members.reduce((s, p) => s + individual(ctx, p, m), 0);
  const couple = isCouple(h);
  // Family benefits need a child; the ASPA the ASPA age (reached by the month at the latest).
  const withChildren = enfants(h).length > 0;
  const aspaPossible = parents(h).some((p) => aspaAge(p, m));
  const family =
    (withChildren
      ? last12(m, (pm) => FAMILY_BENEFITS.reduce((s, id) => s + ctx.benefit(id, pm).amount, 0))
      : 0) +
    (!aspaPossible
      ? 0
      : last12(m, (pm) => {
          const aspa = ctx.benefit('aspa', pm).amount;
          const cut = at(couple ? P.abattementAspaCouple : P.abattementAspaSeule, pm);
          return aspa > 0 ? positive(aspa - cut) : 0;
        }));
  const statut = state<StatutOccupationLogement>(
    h.menage.inputs,
    'statut_occupation_logement',
    m,
    'non_renseigne',
  );
  const housing = forfaitLogement(ctx, m, statut);
  const total = persons + family + housing.amount;
  const trace: TraceStep[] = [
    {
      label:
        'Revenus nets des 12 mois précédents (salaires, chômage, retraites, pensions, AAH et ASI après abattement)',
      value: roundCents(persons),
      unit: 'currency',
      ref: valueAt(P.abattementAah, m).ref,
    },
    {
      label: 'Prestations familiales et ASPA des 12 mois précédents',
      value: roundCents(family),
      unit: 'currency',
    },
    ...housing.trace,
    {
      label: 'Ressources annuelles retenues',
      value: roundCents(total),
      unit: 'currency',
      formula: `${euros(persons)} + ${euros(family)} + ${euros(housing.amount)}`,
    },
  ];
  return { total, trace };
}
