// Answers → engine Household. The person answers once ("my net salary is 1 200 € a month");
// the engine reads several months back (3 for RSA/PPA, 12 for housing aid and C2S, year N-2 for
// family benefits), so each answer is spread as a constant over that history, in the same shape
// as OpenFisca situations: whole years up to N-2, then every month from January N-1.
import type { Household, Individu, MonthPeriod, Series } from '../contract.ts';
import { TAUX_INCAPACITE } from './catalogue.ts';
import { adultIds, childIds } from './order.ts';
import type { Answers } from './types.ts';

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The period keys an answer is spread over, for a simulated month. */
export function historyKeys(period: MonthPeriod): { years: string[]; months: string[] } {
  const years = [period.year - 4, period.year - 3, period.year - 2].map(String);
  const months: string[] = [];
  for (let i = 0; i < 12 + period.month; i++) {
    months.push(`${period.year - 1 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return { years, months };
}

type Spread = (value: number | string | boolean) => Series;

/**
 * The tax years (N-2 and before) as declared: the total taxable income replaces the current
 * incomes spread back, counted as salary (the 10 % deduction applies to salaries, unemployment
 * benefit and pensions alike).
 */
function overrideTaxYears(inputs: Record<string, Series>, years: readonly string[], total: number) {
  for (const v of ['salaire_imposable', 'chomage_imposable', 'retraite_imposable']) {
    const series: Record<string, number | string | boolean> = { ...(inputs[v] ?? {}) };
    for (const y of years) series[y] = v === 'salaire_imposable' ? total : 0;
    inputs[v] = series;
  }
}

function spreader(period: MonthPeriod): { amount: Spread; state: Spread; years: string[] } {
  const { years, months } = historyKeys(period);
  const build =
    (yearValue: (v: number | string | boolean) => number | string | boolean): Spread =>
    (v) =>
      Object.fromEntries([
        ...years.map((y) => [y, yearValue(v)] as const),
        ...months.map((m) => [m, v] as const),
      ]);
  return {
    amount: build((v) => (typeof v === 'number' ? round2(v * 12) : v)),
    state: build((v) => v),
    years,
  };
}

// Net → taxable / gross ratios observed on typical 2025 payslips and pension statements;
// benefits read different ones (RSA: net; housing aid and family benefits: taxable).
const SALARY = { grossPerNet: 1 / 0.7916, taxablePerNet: 1.036 };
const UNEMPLOYMENT = { taxablePerNet: 1 / 0.97 };
const PENSION = { grossPerNet: 1 / 0.909, taxablePerGross: 0.941 };

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function individu(
  id: string,
  answers: Answers,
  spread: { amount: Spread; state: Spread; years: readonly string[] },
): Individu {
  const inputs: Record<string, Series> = {};
  const get = (k: string) => answers[`${id}.${k}`];
  const birth = get('date_naissance');
  if (typeof birth === 'string') inputs.date_naissance = { ETERNITY: birth };
  const since = get('date_debut_chomage');
  if (typeof since === 'string') inputs.date_debut_chomage = { ETERNITY: since };
  const act = get('activite');
  if (typeof act === 'string') inputs.activite = spread.state(act);
  const salary = num(get('salaire_net'));
  if (salary !== undefined) {
    inputs.salaire_net = spread.amount(salary);
    inputs.salaire_imposable = spread.amount(round2(salary * SALARY.taxablePerNet));
    inputs.salaire_de_base = spread.amount(round2(salary * SALARY.grossPerNet));
  }
  const chomage = num(get('chomage_net'));
  if (chomage !== undefined) {
    inputs.chomage_net = spread.amount(chomage);
    inputs.chomage_imposable = spread.amount(round2(chomage * UNEMPLOYMENT.taxablePerNet));
  }
  const pension = num(get('retraite_nette'));
  if (pension !== undefined) {
    const gross = round2(pension * PENSION.grossPerNet);
    inputs.retraite_nette = spread.amount(pension);
    inputs.retraite_brute = spread.amount(gross);
    inputs.retraite_imposable = spread.amount(round2(gross * PENSION.taxablePerGross));
  }
  const n2 = num(get('revenus_n2'));
  if (n2 !== undefined) overrideTaxYears(inputs, spread.years, n2);
  const handicap = get('handicap');
  if (typeof handicap === 'boolean') inputs.handicap = spread.state(handicap);
  const taux = get('taux_incapacite');
  if (typeof taux === 'string' && taux in TAUX_INCAPACITE)
    inputs.taux_incapacite = spread.state(TAUX_INCAPACITE[taux] ?? 0);
  const rsdae = get('aah_restriction_substantielle_durable_acces_emploi');
  if (typeof rsdae === 'boolean')
    inputs.aah_restriction_substantielle_durable_acces_emploi = spread.state(rsdae);
  if (id === 'p1') {
    const alimony = num(answers.pensions_alimentaires_percues);
    if (alimony !== undefined) inputs.pensions_alimentaires_percues = spread.amount(alimony);
  }
  return { id, inputs };
}

/** Build the engine household for the answers so far (unknown inputs are simply absent). */
export function householdFromAnswers(answers: Answers, period: MonthPeriod): Household {
  const spread = spreader(period);
  const adults = adultIds(answers);
  const children = childIds(answers);
  const individus = Object.fromEntries(
    [...adults, ...children].map((id) => [id, individu(id, answers, spread)]),
  );
  const famille: Record<string, Series> = {};
  if (typeof answers.rsa_isolement_recent === 'boolean')
    famille.rsa_isolement_recent = spread.state(answers.rsa_isolement_recent);
  const menage: Record<string, Series> = {};
  if (typeof answers.statut_occupation_logement === 'string')
    menage.statut_occupation_logement = spread.state(answers.statut_occupation_logement);
  const loyer = num(answers.loyer);
  if (loyer !== undefined) menage.loyer = spread.amount(loyer);
  if (typeof answers.zone_apl === 'string') menage.zone_apl = spread.state(answers.zone_apl);
  return {
    individus,
    famille: { id: 'f', parents: adults, enfants: children, inputs: famille },
    foyer_fiscal: { id: 'ff', declarants: adults, personnes_a_charge: children, inputs: {} },
    menage: {
      id: 'm',
      personne_de_reference: ['p1'],
      conjoint: adults.slice(1),
      enfants: children,
      autres: [],
      inputs: menage,
    },
  };
}
