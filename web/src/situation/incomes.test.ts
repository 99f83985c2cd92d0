import { describe, expect, it } from 'vitest';
import { amountIn, type IncomeSource } from './incomes.ts';

const job = (over: Partial<IncomeSource> = {}): IncomeSource => ({
  kind: 'salaire',
  label: 'Employeur',
  months: new Map([
    ['2025-11', 100_000],
    ['2025-12', 120_000],
    ['2026-10', 110_000],
  ]),
  ...over,
});

describe('amountIn', () => {
  it('gives the amount reported for a month', () => {
    expect(amountIn(job(), '2025-12')).toBe(120_000);
  });

  it('repeats the oldest amount back to the start of the contract, nothing before', () => {
    const j = job({ from: '2025-03' });
    expect(amountIn(j, '2025-03')).toBe(100_000);
    expect(amountIn(j, '2025-02')).toBe(0);
    expect(amountIn(job(), '2022-01')).toBe(100_000);
  });

  it('repeats the last amount while it runs, stops after its end', () => {
    expect(amountIn(job(), '2026-11')).toBe(110_000);
    expect(amountIn(job({ until: '2026-10' }), '2026-11')).toBe(0);
  });

  it('counts a month missing inside the reported ones as nothing paid', () => {
    expect(amountIn(job(), '2026-03')).toBe(0);
  });
});
