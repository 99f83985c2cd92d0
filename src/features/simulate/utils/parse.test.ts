import { describe, expect, it } from 'vitest';
import { formatDate, parseAmount, parseBirthDate, parseCount } from './parse.ts';

const today = new Date(2026, 0, 15);

describe('parseAmount', () => {
  it.each([
    ['1 200,50', 1200.5],
    ['1200.5', 1200.5],
    ['1\u202f200 €', 1200],
    ['0', 0],
    [' 85,3 ', 85.3],
  ])('reads %j as %d', (raw, value) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'required'],
    ['douze', 'not_a_number'],
    ['1,2,3', 'not_a_number'],
    ['-5', 'not_a_number'],
    ['12,345', 'not_a_number'],
  ])('rejects %j with %s', (raw, error) => {
    expect(parseAmount(raw)).toEqual({ ok: false, error });
  });

  it('applies bounds', () => {
    expect(parseAmount('6000', { max: 5000 })).toEqual({ ok: false, error: 'too_large' });
    expect(parseAmount('5000', { max: 5000 })).toEqual({ ok: true, value: 5000 });
  });
});

describe('parseCount', () => {
  it('reads whole numbers within bounds', () => {
    expect(parseCount('2', { min: 0, max: 12 })).toEqual({ ok: true, value: 2 });
    expect(parseCount('13', { min: 0, max: 12 })).toEqual({ ok: false, error: 'too_large' });
    expect(parseCount('1,5')).toEqual({ ok: false, error: 'not_a_number' });
  });
});

describe('parseBirthDate', () => {
  it('reads DD/MM/YYYY, with dashes or dots too, and ISO', () => {
    expect(parseBirthDate('14/03/1991', {}, today)).toEqual({ ok: true, value: '1991-03-14' });
    expect(parseBirthDate('4.3.1991', {}, today)).toEqual({ ok: true, value: '1991-03-04' });
    expect(parseBirthDate('1991-03-14', {}, today)).toEqual({ ok: true, value: '1991-03-14' });
  });

  it('rejects impossible dates, the future and ages out of range', () => {
    expect(parseBirthDate('31/02/1991', {}, today)).toEqual({ ok: false, error: 'not_a_date' });
    expect(parseBirthDate('03/1991', {}, today)).toEqual({ ok: false, error: 'not_a_date' });
    expect(parseBirthDate('16/01/2026', {}, today)).toEqual({ ok: false, error: 'future' });
    expect(parseBirthDate('01/01/1890', { max: 120 }, today)).toEqual({
      ok: false,
      error: 'too_old',
    });
    expect(parseBirthDate('16/01/2011', { min: 15 }, today)).toEqual({
      ok: false,
      error: 'too_young',
    });
    expect(parseBirthDate('15/01/2011', { min: 15 }, today)).toEqual({
      ok: true,
      value: '2011-01-15',
    });
  });

  it('formats back for display', () => {
    expect(formatDate('1991-03-14')).toBe('14/03/1991');
  });
});
