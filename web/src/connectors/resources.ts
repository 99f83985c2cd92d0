// "Mes ressources sur 12 mois": the twelve full months before the current one, each with the
// amounts every organisation reported for it (pay, benefits, pensions, allowances).
import type { OrganisationBlock, RightsResponse } from '../../../src/shared/contracts/rights.ts';

export function lastTwelveMonths(now: number): string[] {
  const d = new Date(now);
  const current = d.getUTCFullYear() * 12 + d.getUTCMonth();
  return Array.from({ length: 12 }, (_, i) => {
    const m = current - 12 + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

export function resourcesOverYear(
  blocks: readonly OrganisationBlock[],
  now: number,
): RightsResponse['resources'] {
  const months = lastTwelveMonths(now);
  return months.map((month) => {
    const items = blocks.flatMap((b) =>
      (b.record?.resources ?? [])
        .filter((r) => r.month === month)
        .map((r) => ({ ...r, organisation: b.id })),
    );
    return { month, totalCents: items.reduce((s, i) => s + i.amountCents, 0), items };
  });
}
