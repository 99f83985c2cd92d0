// Amounts are euros as numbers (parity with OpenFisca's float computations, see ADR 0003);
// every amount shown or compared is rounded explicitly, here.
export function roundCents(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

export function roundEuros(x: number): number {
  return Math.round(x);
}

export function positive(x: number): number {
  return x > 0 ? x : 0;
}

/** French display of an amount in a trace formula ("1 234,56 €"), independent of the UI. */
export function euros(x: number): string {
  const [int = '0', dec = '00'] = roundCents(Math.abs(x)).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${x < 0 ? '−' : ''}${grouped},${dec} €`;
}

export function percent(rate: number): string {
  return `${roundCents(rate * 100)
    .toString()
    .replace('.', ',')} %`;
}
