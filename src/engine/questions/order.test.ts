import { describe, expect, it } from 'vitest';
import { SCRIPTED_HOUSEHOLDS } from './__fixtures__/households.ts';
import { byStep, countQuestions, missingOf, nextQuestion, plan, pruneAnswers } from './index.ts';

const household = (id: string) => SCRIPTED_HOUSEHOLDS.find((h) => h.id === id)!.answers;

describe('question order', () => {
  it('starts with the household composition, in a stable order', () => {
    expect(nextQuestion({})?.key).toBe('couple');
    expect(nextQuestion({ couple: true })?.key).toBe('p1.date_naissance');
    expect(nextQuestion({ couple: true, 'p1.date_naissance': '1980-01-01' })?.key).toBe(
      'p2.date_naissance',
    );
  });

  it('asks one birth date per child, then the isolation question for a lone parent only', () => {
    const keys = plan({ couple: false, nb_enfants: 2 }).map((q) => q.key);
    expect(keys.slice(0, 6)).toEqual([
      'couple',
      'p1.date_naissance',
      'nb_enfants',
      'e1.date_naissance',
      'e2.date_naissance',
      'rsa_isolement_recent',
    ]);
    expect(plan({ couple: true, nb_enfants: 2 }).map((q) => q.key)).not.toContain(
      'rsa_isolement_recent',
    );
  });

  it('asks for the rent and zone only of tenants, and the salary only of people who work', () => {
    const owner = plan({
      statut_occupation_logement: 'proprietaire',
      'p1.activite': 'retraite',
    }).map((q) => q.key);
    expect(owner).not.toContain('loyer');
    expect(owner).not.toContain('p1.salaire_net');
    expect(owner).toContain('p1.retraite_nette');
    const tenant = plan({
      statut_occupation_logement: 'locataire_hlm',
      'p1.activite': 'actif',
    }).map((q) => q.key);
    expect(tenant).toEqual(expect.arrayContaining(['loyer', 'zone_apl', 'p1.salaire_net']));
  });

  it('keeps to the benefits asked about', () => {
    const keys = plan(
      { statut_occupation_logement: 'locataire_vide', 'p1.handicap': true },
      { benefits: ['af'] },
    ).map((q) => q.key);
    expect(keys).not.toContain('loyer');
    expect(keys).not.toContain('p1.taux_incapacite');
    expect(keys).toContain('nb_enfants');
  });

  it('skips a non-structural question the engine no longer needs', () => {
    const answers = { couple: false, 'p1.date_naissance': '1990-01-01', nb_enfants: 0 };
    expect(nextQuestion(answers, { missing: [] })?.key).toBeUndefined();
    expect(
      nextQuestion(answers, { missing: [{ variable: 'activite', entity: 'individu', id: 'p1' }] })
        ?.key,
    ).toBe('p1.activite');
  });

  it('groups the plan by stepper step', () => {
    const groups = byStep(plan(household('single_parent_two_children_part_time_tenant')));
    expect([...groups.keys()]).toEqual(['foyer', 'situation', 'logement', 'ressources']);
  });

  it('drops answers that became unreachable, transitively', () => {
    const pruned = pruneAnswers({
      couple: false,
      'p2.activite': 'actif',
      'p1.handicap': false,
      'p1.taux_incapacite': 'de_50_a_79',
      'p1.aah_restriction_substantielle_durable_acces_emploi': true,
    });
    expect(pruned).toEqual({ couple: false, 'p1.handicap': false });
  });
});

describe('question counts of the scripted households', () => {
  it.each(SCRIPTED_HOUSEHOLDS.map((h) => [h.id, h.answers] as const))(
    '%s answers every question asked',
    (_id, answers) => {
      const run = countQuestions(answers);
      expect(run.unanswered).toBeUndefined();
      expect(run.asked.length).toBeGreaterThan(3);
    },
  );

  it('reaches the results of the typical single parent in at most 20 questions', () => {
    const run = countQuestions(household('single_parent_two_children_part_time_tenant'));
    expect(run.asked).toHaveLength(14); // the static plan, before the engine prunes it
    expect(run.asked.length).toBeLessThanOrEqual(20);
  });
});

describe('missing inputs from engine results', () => {
  const period = { unit: 'month', year: 2026, month: 1 } as const;
  const base = { id: 'rsa', period, amount: 0, reasons: [], trace: [] } as const;
  it('prunes only once the engine reports an incomplete result', () => {
    const m = { variable: 'salaire_net', entity: 'individu', id: 'p1' } as const;
    expect(missingOf([{ ...base, status: 'eligible', missing: [] }])).toBeUndefined();
    expect(missingOf([{ ...base, status: 'incomplete', missing: [m] }])).toEqual([m]);
  });
});
