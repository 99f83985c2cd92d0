/** « 1 234,56 € » (narrow no-break spaces as French typography wants). */
export function euros(cents: number): string {
  return `${new Intl.NumberFormat('fr-FR', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100)} €`;
}
