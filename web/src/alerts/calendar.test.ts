import { describe, expect, it } from 'vitest';
import {
  easter,
  frenchDate,
  isWorkingDay,
  nextWorkingDay,
  parisDay,
  publicHolidays,
} from './calendar.ts';

describe('French public holidays', () => {
  it('computes Easter and the holidays that follow it', () => {
    expect(easter(2026)).toBe('2026-04-05');
    expect(easter(2027)).toBe('2027-03-28');
    // Easter Monday, Ascension (Thursday), Whit Monday.
    expect(publicHolidays(2026)).toEqual(
      expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-05-25']),
    );
    expect(publicHolidays(2027)).toEqual(
      expect.arrayContaining(['2027-03-29', '2027-05-06', '2027-05-17']),
    );
    expect(publicHolidays(2026)).toHaveLength(11);
  });

  it('has the eight fixed holidays', () => {
    for (const md of ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'])
      expect(isWorkingDay(`2030-${md}`), md).toBe(false);
  });

  it('moves a deadline past weekends and holidays, not a working day', () => {
    expect(nextWorkingDay('2026-12-15')).toBe('2026-12-15'); // a Tuesday
    expect(nextWorkingDay('2026-11-15')).toBe('2026-11-16'); // Sunday → Monday
    expect(nextWorkingDay('2026-05-14')).toBe('2026-05-15'); // Ascension → Friday
    expect(nextWorkingDay('2027-05-15')).toBe('2027-05-18'); // Saturday, Whit Monday → Tuesday
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28'); // Christmas (Friday) → Monday
  });

  it('reads the day in Paris and writes it in French', () => {
    expect(parisDay(Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(frenchDate('2027-01-01')).toBe('1er janvier 2027');
    expect(frenchDate('2026-12-15')).toBe('15 décembre 2026');
  });
});
