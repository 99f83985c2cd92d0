// The connected situation as an engine Household (OpenFisca entities and period keys): every
// input the benefits read — ages, activity, incomes by month in net, taxable and gross, the
// housing, a recognised disability — over the history they read it (see historyKeys).
import {
  month,
  type Activite,
  type Household,
  type Individu,
  type MonthPeriod,
  type Series,
  type StatutOccupationLogement,
} from '../../../src/engine/index.ts';
import { historyKeys } from '../../../src/engine/questions/index.ts';
import { PER_NET, totalIn, type IncomeKind, type IncomeSource } from './incomes.ts';
import type { ConnectedSituation } from './situation.ts';

export const OCCUPATION: Readonly<
  Record<NonNullable<ConnectedSituation['housing']>['status'], StatutOccupationLogement>
> = {
  tenant: 'locataire_vide',
  'social-tenant': 'locataire_hlm',
  owner: 'proprietaire',
  'hosted-free': 'loge_gratuitement',
  // CROUS residences are "logements-foyers" for the housing aid.
  'student-residence': 'locataire_foyer',
};

/** Which engine variables each kind of income feeds, and how each is derived from the net. */
const VARIABLES: readonly {
  readonly name: string;
  readonly kinds: readonly IncomeKind[];
  readonly from: 'net' | 'taxable' | 'gross';
}[] = [
  { name: 'salaire_net', kinds: ['salaire', 'independant'], from: 'net' },
  { name: 'salaire_imposable', kinds: ['salaire', 'independant'], from: 'taxable' },
  { name: 'salaire_de_base', kinds: ['salaire', 'independant'], from: 'gross' },
  { name: 'chomage_net', kinds: ['chomage'], from: 'net' },
  { name: 'chomage_imposable', kinds: ['chomage'], from: 'taxable' },
  { name: 'retraite_nette', kinds: ['retraite'], from: 'net' },
  { name: 'retraite_imposable', kinds: ['retraite'], from: 'taxable' },
  { name: 'retraite_brute', kinds: ['retraite'], from: 'gross' },
];

const round2 = (x: number) => Math.round(x * 100) / 100;
const monthsOfYear = (y: string) =>
  Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);

export const periodOf = (s: Pick<ConnectedSituation, 'month'>): MonthPeriod => {
  const [y = 0, m = 1] = s.month.split('-').map(Number);
  return month(y, m);
};

type Keys = { years: string[]; months: string[] };

/** An amount as an OpenFisca series: month keys hold the month, year keys the yearly total. */
function amountSeries(keys: Keys, euros: (month: string) => number): Series {
  const entries: [string, number][] = [
    ...keys.years.map((y): [string, number] => [
      y,
      round2(monthsOfYear(y).reduce((sum, m) => sum + euros(m), 0)),
    ]),
    ...keys.months.map((m): [string, number] => [m, round2(euros(m))]),
  ];
  return Object.fromEntries(entries);
}

/** One income variable, from the montant net social of the sources feeding it. */
function incomeSeries(
  incomes: readonly IncomeSource[],
  v: (typeof VARIABLES)[number],
  keys: Keys,
): Series {
  return amountSeries(
    keys,
    (m) =>
      v.kinds.reduce((sum, kind) => {
        const net = totalIn(incomes, m, [kind]);
        return sum + (v.from === 'net' ? net : net * PER_NET[kind][v.from]);
      }, 0) / 100,
  );
}

/** The person's activity in a month, in the engine's words. */
export function activityIn(s: ConnectedSituation, m: string): Activite {
  const working = totalIn(s.incomes, m, ['salaire', 'independant']) > 0;
  if (s.retired) return 'retraite';
  // No connected organisation reports studies; a CROUS residence houses students, and a
  // student with a small job stays a student for the prime d'activité.
  if (s.housing?.status === 'student-residence') return 'etudiant';
  if (working) return 'actif';
  return s.jobSeeker ? 'chomeur' : 'inactif';
}

function person(s: ConnectedSituation, keys: Keys): Individu {
  const all = [
    ...keys.years.map((y) => [y, `${y}-12`] as const),
    ...keys.months.map((m) => [m, m] as const),
  ];
  const state = (value: (m: string) => string | number | boolean): Series =>
    Object.fromEntries(all.map(([key, m]) => [key, value(m)]));
  const inputs: Record<string, Series> = {
    date_naissance: { ETERNITY: s.birthdate },
    activite: state((m) => activityIn(s, m)),
  };
  for (const v of VARIABLES) inputs[v.name] = incomeSeries(s.incomes, v, keys);
  if (s.disabled) {
    // AAH is paid, so the CDAPH recognised at least what the AAH requires.
    inputs.handicap = state(() => true);
    inputs.taux_incapacite = state(() => 0.8);
  }
  return { id: 'p1', inputs };
}

/** The partner, known only through the joint tax notice: the same income every month. */
function partner(s: ConnectedSituation, keys: Keys): Individu {
  const taxable = s.partnerTaxable?.cents ?? 0;
  const monthlyNet = Math.round(taxable / 12 / PER_NET.salaire.taxable);
  const salary: IncomeSource = {
    kind: 'salaire',
    label: '',
    months: new Map([[s.month, monthlyNet]]),
  };
  const inputs: Record<string, Series> = {
    ...(s.partnerBirthdate ? { date_naissance: { ETERNITY: s.partnerBirthdate } } : {}),
    activite: Object.fromEntries(
      [...keys.years, ...keys.months].map((k) => [k, monthlyNet > 0 ? 'actif' : 'inactif']),
    ),
  };
  for (const v of VARIABLES)
    if (v.kinds.includes('salaire')) inputs[v.name] = incomeSeries([salary], v, keys);
  return { id: 'p2', inputs };
}

export function householdOf(s: ConnectedSituation): Household {
  const keys = historyKeys(periodOf(s));
  const adults = [person(s, keys), ...(s.couple ? [partner(s, keys)] : [])];
  const children: Individu[] = (s.children ?? []).map((c, i) => ({
    id: `e${i + 1}`,
    inputs: { date_naissance: { ETERNITY: c.birthdate } },
  }));
  const spread = (value: string | number): Series =>
    Object.fromEntries([...keys.years, ...keys.months].map((k) => [k, value]));
  const menage: Record<string, Series> = {};
  if (s.housing) {
    menage.statut_occupation_logement = spread(OCCUPATION[s.housing.status]);
    if (s.housing.zoneApl) menage.zone_apl = spread(s.housing.zoneApl);
    const rent = s.housing.rentCents;
    if (rent !== undefined) menage.loyer = amountSeries(keys, () => rent / 100);
  }
  const adultIds = adults.map((a) => a.id);
  const childIds = children.map((c) => c.id);
  return {
    individus: Object.fromEntries([...adults, ...children].map((i) => [i.id, i])),
    famille: { id: 'f', parents: adultIds, enfants: childIds, inputs: {} },
    foyer_fiscal: { id: 'ff', declarants: adultIds, personnes_a_charge: childIds, inputs: {} },
    menage: {
      id: 'm',
      personne_de_reference: ['p1'],
      conjoint: adultIds.slice(1),
      enfants: childIds,
      autres: [],
      inputs: menage,
    },
  };
}
