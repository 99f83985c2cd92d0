import { describe, expect, it } from 'vitest';
import { roundHalfEven } from './round.ts';

describe('rounding as numpy does', () => {
  it('halves go to the even neighbour, the rest to the nearest', () => {
    // a furnished rent of 363,75 € counts for 2/3, i.e. 242,5 €, rounded to 242 € by the reference
    expect(roundHalfEven((363.75 * 2) / 3)).toBe(242);
    expect(roundHalfEven(243.5)).toBe(244);
    expect(roundHalfEven(-2.5)).toBe(-2);
    expect(roundHalfEven(242.51)).toBe(243);
    expect(roundHalfEven(1346.4)).toBe(1346);
  });
});
