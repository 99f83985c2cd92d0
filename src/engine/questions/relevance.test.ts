import { describe, expect, it } from 'vitest';
import type { BenefitId, BenefitResult, MonthPeriod } from '../contract.ts';
import { SCRIPTED_HOUSEHOLDS } from './__fixtures__/households.ts';
import { engineOptions } from './__fixtures__/engine-options.ts';
import { adaptiveOptions, countQuestions, nextQuestion, plan, relevantKeys } from './index.ts';
import type { Answers } from './index.ts';

const period: MonthPeriod = { unit: 'month', year: 2026, month: 1 };
const result = (id: BenefitId, amount: number): BenefitResult => ({
  id,
  period,
  status: amount > 0 ? 'eligible' : 'ineligible',
  amount,
  reasons: [],
  missing: [],
  trace: [],
});
// A toy engine: housing aid reads the rent of tenants, a minimum income reads the salary.
const toy = (a: Answers): BenefitResult[] => [
  result(
    'aide_logement',
    typeof a.loyer === 'number' && String(a.statut_occupation_logement).startsWith('locataire')
      ? Math.min(300, a.loyer / 2)
      : 0,
  ),
  result(
    'rsa',
    Math.max(0, 650 - (typeof a['p1.salaire_net'] === 'number' ? a['p1.salaire_net'] : 0)),
  ),
];
const single = { couple: false, 'p1.date_naissance': '1990-01-01', nb_enfants: 0 };

describe('relevance: ask only what can change a result', () => {
  it('keeps the questions a benefit in view reads and drops the others', () => {
    const keys = relevantKeys({ ...single, 'p1.activite': 'actif' }, toy, { period });
    expect(keys).toContain('statut_occupation_logement');
    expect(keys).toContain('p1.salaire_net');
    expect(keys).not.toContain('p1.handicap');
    expect(keys).not.toContain('pensions_alimentaires_percues');
  });

  it('asks no rent once housing aid is out of view or excluded', () => {
    const owner = { ...single, statut_occupation_logement: 'proprietaire' };
    expect(relevantKeys(owner, toy, { period })).not.toContain('loyer');
    const tenant = {
      ...single,
      'p1.activite': 'actif',
      statut_occupation_logement: 'locataire_vide',
    };
    expect(relevantKeys(tenant, toy, { period })).toContain('loyer');
    const onlyRsa = relevantKeys(tenant, toy, { period, benefits: ['rsa'] });
    expect(onlyRsa).not.toContain('loyer');
    expect(onlyRsa).toContain('p1.salaire_net');
  });

  it('drives the plan: the next question is the first relevant one in catalogue order', () => {
    const options = adaptiveOptions(toy, period);
    const answers = { ...single, 'p1.activite': 'actif', 'p1.handicap': false };
    expect(nextQuestion(answers, options(answers))?.key).toBe('statut_occupation_logement');
    expect(plan(answers, options(answers)).map((q) => q.key)).not.toContain('p1.handicap_x');
  });

  it('asks about disability only when AAH is in view or the person said so', () => {
    const answers = { ...single, 'p1.activite': 'inactif' };
    const all = adaptiveOptions(
      (a) => [...toy(a), result('aah', a['p1.handicap'] === true ? 1000 : 0)],
      period,
    );
    expect(plan(answers, all(answers)).map((q) => q.key)).toContain('p1.handicap');
    const rsaOnly = adaptiveOptions(toy, period, ['rsa', 'ppa']);
    expect(plan(answers, rsaOnly(answers)).map((q) => q.key)).not.toContain('p1.handicap');
  });
});

describe('question counts of the scripted households, with the real engine', () => {
  it.each(SCRIPTED_HOUSEHOLDS.map((h) => [h.id, h.answers] as const))(
    '%s answers every question asked and only those',
    (_id, answers) => {
      const run = countQuestions(answers, { optionsFor: engineOptions(period) });
      expect(run.unanswered).toBeUndefined();
      expect(run.asked.length).toBeGreaterThan(3);
      expect(run.asked.length).toBeLessThanOrEqual(Object.keys(answers).length);
    },
  );

  it('reaches the results of the typical single parent in at most 20 questions', () => {
    const answers = SCRIPTED_HOUSEHOLDS[0]!.answers;
    const run = countQuestions(answers, { optionsFor: engineOptions(period) });
    expect(run.asked.length).toBeLessThanOrEqual(20);
  });
});
