// Contrasting households used to test whether a question can change a result (relevance.ts):
// a modest tenant with a disability, nobody earning and housed for free, a working couple with
// children in social housing. Between them they switch on every rule a question can reach.
import type { MonthPeriod } from '../contract.ts';
import type { AnswerValue, QuestionTemplate } from './types.ts';

type Scenario = (t: QuestionTemplate, person: string, period: MonthPeriod) => AnswerValue;

const iso = (year: number, month: number) => {
  const d = new Date(Date.UTC(year, month - 1, 15));
  return d.toISOString().slice(0, 10);
};
/** A date `months` before the simulated month (15th of that month). */
export const monthsBefore = (period: MonthPeriod, months: number) =>
  iso(period.year, period.month - months);

interface Profile {
  readonly adultAge: number;
  readonly childAge: number;
  readonly byId: Readonly<Record<string, AnswerValue>>;
  readonly amount: number;
  readonly unemployedMonths: number;
}

const PROFILES: readonly Profile[] = [
  {
    adultAge: 35,
    childAge: 6,
    amount: 600,
    unemployedMonths: 2,
    byId: {
      couple: false,
      nb_enfants: 1,
      rsa_isolement_recent: true,
      activite: 'actif',
      handicap: true,
      taux_incapacite: '80_et_plus',
      aah_restriction_substantielle_durable_acces_emploi: true,
      statut_occupation_logement: 'locataire_vide',
      zone_apl: 'zone_2',
      loyer: 550,
      pensions_alimentaires_percues: 0,
    },
  },
  {
    adultAge: 67,
    childAge: 16,
    amount: 0,
    unemployedMonths: 36,
    byId: {
      couple: false,
      nb_enfants: 0,
      rsa_isolement_recent: false,
      activite: 'inactif',
      handicap: false,
      taux_incapacite: 'moins_50',
      aah_restriction_substantielle_durable_acces_emploi: false,
      statut_occupation_logement: 'loge_gratuitement',
      zone_apl: 'zone_3',
      loyer: 0,
    },
  },
  {
    adultAge: 40,
    childAge: 2,
    amount: 1500,
    unemployedMonths: 14,
    byId: {
      couple: true,
      nb_enfants: 2,
      rsa_isolement_recent: false,
      activite: 'actif',
      handicap: false,
      taux_incapacite: 'de_50_a_79',
      aah_restriction_substantielle_durable_acces_emploi: true,
      statut_occupation_logement: 'locataire_hlm',
      zone_apl: 'zone_1',
      loyer: 750,
      pensions_alimentaires_percues: 150,
    },
  },
];

const scenarioOf =
  (p: Profile): Scenario =>
  (t, person, period) => {
    const known = p.byId[t.id];
    if (known !== undefined) return known;
    if (t.id === 'date_naissance')
      return monthsBefore(period, 12 * (person.startsWith('e') ? p.childAge : p.adultAge));
    if (t.id === 'date_debut_chomage') return monthsBefore(period, p.unemployedMonths);
    if (t.kind === 'boolean') return false;
    if (t.kind === 'choice') return t.options?.[0] ?? '';
    if (t.kind === 'count') return 0;
    const amount = t.per === 'year' ? p.amount * 12 : p.amount;
    return Math.min(amount, t.max ?? amount);
  };

export const SCENARIOS: readonly Scenario[] = PROFILES.map(scenarioOf);

const AMOUNT_PROBES = [0, 700, 1800, 4000];

/** The values a question is tried with: every option, or a spread of amounts and dates. */
export function probeValues(t: QuestionTemplate, period: MonthPeriod): readonly AnswerValue[] {
  if (t.kind === 'boolean') return [true, false];
  if (t.kind === 'choice') return t.options ?? [];
  if (t.kind === 'date')
    return [monthsBefore(period, 2), monthsBefore(period, 14), monthsBefore(period, 40)];
  if (t.kind === 'count') return [0, 1, 3];
  return (t.probes ?? AMOUNT_PROBES).filter((v) => v >= (t.min ?? 0) && v <= (t.max ?? Infinity));
}
