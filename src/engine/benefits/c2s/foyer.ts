// The C2S household ("foyer"): the parents and the children up to 25, and its yearly resource
// ceiling: one person's ceiling times 1 + 0,5 for the second person + 0,3 for the third and
// fourth + 0,4 from the fifth, children ranked oldest first.
import type { DatedValue, Household, Individu, MonthPeriod } from '../../contract.ts';
import { age, ageInMonths, enfants, parents } from '../../household/inputs.ts';
import { c2sParams as P } from '../../parameters/c2s.ts';
import { at, valueAt } from '../../parameters/resolve.ts';

/** Children counted in the foyer: aged 0 to 25 included. */
export function childrenCounted(h: Household, m: MonthPeriod): Individu[] {
  const limit = at(P.ageLimitePac, m);
  return enfants(h).filter((c) => {
    const a = age(c, m);
    return a !== undefined && a >= 0 && a <= limit;
  });
}

export function foyerSize(h: Household, m: MonthPeriod): number {
  return parents(h).length + childrenCounted(h, m).length;
}

/** The published ceilings round halves to the even euro (15 508,5 € → 15 508 €). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export interface Ceilings {
  readonly free: number;
  readonly withParticipation: number;
  readonly coefficient: number;
  readonly base: DatedValue<number>;
}

export function ceilings(h: Household, m: MonthPeriod): Ceilings {
  const p2 = at(P.coeffP2, m);
  const p34 = at(P.coeffP3P4, m);
  const p5 = at(P.coeffP5Plus, m);
  // Every child of the family is ranked, oldest first (as the reference model does).
  const ranked = [...enfants(h)].sort(
    (a, b) => (ageInMonths(b, m) ?? 0) - (ageInMonths(a, m) ?? 0),
  );
  const couple = parents(h).length >= 2;
  const coefficient =
    1 +
    (couple ? p2 : 0) +
    ranked.reduce((s, _, rank) => {
      const position = rank + (couple ? 2 : 1); // 0-based position in the foyer
      return s + (position === 1 ? p2 : position <= 3 ? p34 : p5);
    }, 0);
  const base = valueAt(P.plafondBase, m);
  const free = roundHalfEven(base.value * coefficient);
  return {
    free,
    withParticipation: free * (1 + at(P.majorationParticipation, m)),
    coefficient,
    base,
  };
}
