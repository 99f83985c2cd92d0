// OpenFisca rounds with numpy (half to even): 242,5 → 242, 243,5 → 244. Same here, so that a
// rent or a deduction ending in exactly ,5 lands on the reference's euro.
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
}
