import { describe, expect, it } from 'vitest';
import { applicableQuestions } from '../../../engine/questions/index.ts';
import { labelOf, rawOf, validate } from './validate.ts';

const today = new Date(2026, 0, 15);
const qs = applicableQuestions({
  couple: true,
  nb_enfants: 1,
  statut_occupation_logement: 'locataire_vide',
  'p1.activite': 'actif',
});
const q = (key: string) => qs.find((x) => x.key === key)!;

describe('validate', () => {
  it('reads the start of unemployment in French formats, with messages about elapsed time', () => {
    const [since] = applicableQuestions({ couple: false, 'p1.activite': 'chomeur' }).filter(
      (x) => x.key === 'p1.date_debut_chomage',
    );
    expect(validate(since!, '01/09/2025', today)).toEqual({ ok: true, value: '2025-09-01' });
    expect(validate(since!, '1.9.2025', today)).toEqual({ ok: true, value: '2025-09-01' });
    expect(validate(since!, '01/09/2027', today)).toMatchObject({ key: 'errors.date_future' });
    expect(validate(since!, '31/02/2025', today)).toMatchObject({ key: 'errors.date_not_a_date' });
  });

  it('reads choices and yes/no answers', () => {
    expect(validate(q('couple'), 'true', today)).toEqual({ ok: true, value: true });
    expect(validate(q('couple'), '', today)).toEqual({ ok: false, key: 'errors.choose' });
    expect(validate(q('zone_apl'), 'zone_9', today)).toEqual({ ok: false, key: 'errors.choose' });
  });

  it('checks amounts, counts and dates with their bounds', () => {
    expect(validate(q('loyer'), '1 200,50', today)).toEqual({ ok: true, value: 1200.5 });
    expect(validate(q('loyer'), '9000', today)).toMatchObject({
      ok: false,
      key: 'errors.too_large',
    });
    expect(validate(q('nb_enfants'), '13', today)).toMatchObject({
      ok: false,
      key: 'errors.too_many',
      params: { max: 12 },
    });
    expect(validate(q('e1.date_naissance'), '01/01/1990', today)).toMatchObject({
      ok: false,
      key: 'errors.too_old',
    });
    expect(validate(q('p2.date_naissance'), '21/06/1987', today)).toEqual({
      ok: true,
      value: '1987-06-21',
    });
  });
});

describe('labels and raw text', () => {
  it('names the person asked about', () => {
    const years = { year: 2024, notice: 2025 };
    expect(labelOf(q('p2.date_naissance'), today)).toEqual({
      key: 'questions.date_naissance.p2',
      params: years,
    });
    expect(labelOf(q('e1.date_naissance'), today)).toEqual({
      key: 'questions.date_naissance.child',
      params: { ...years, n: 1 },
    });
    expect(labelOf(q('loyer'), today)).toEqual({ key: 'questions.loyer.label', params: years });
    expect(labelOf(q('p1.revenus_n2'), today)).toEqual({
      key: 'questions.revenus_n2.p1',
      params: years,
    });
  });

  it('shows stored answers in French formats', () => {
    expect(rawOf(q('loyer'), 650.5)).toBe('650,5');
    expect(rawOf(q('p1.date_naissance'), '1991-03-14')).toBe('14/03/1991');
  });
});
