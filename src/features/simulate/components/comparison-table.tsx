// Before / after, benefit by benefit, with the difference and the monthly total. Each row says
// whether its amounts are per month or per year; yearly aids and the C2S participation (a sum the
// person pays) stay out of the monthly total.
import { useTranslation } from 'react-i18next';
import type { BenefitId, BenefitResult } from '../../../engine/contract.ts';
import { compare, isContribution } from '../../../engine/explain/index.ts';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import type { BenefitInfo } from '../api/engine.ts';
import { money } from '../utils/format.ts';

export function ComparisonTable({
  infos,
  before,
  after,
}: {
  readonly infos: readonly BenefitInfo[];
  readonly before: readonly BenefitResult[];
  readonly after: readonly BenefitResult[];
}) {
  const { t, i18n } = useTranslation('simulate');
  const yearly = (id: string) => infos.find((i) => i.id === id)?.periodicity === 'year';
  const label = (id: BenefitId) =>
    t(
      isContribution(id)
        ? 'whatIf.rowContribution'
        : yearly(id)
          ? 'whatIf.rowYearly'
          : 'whatIf.rowMonthly',
      {
        label: infos.find((i) => i.id === id)?.label ?? id,
      },
    );
  const rows = compare(before, after);
  const fmt = (x: number) => money(x, i18n.language);
  const signed = (x: number) => (x > 0 ? `+${fmt(x)}` : fmt(x));
  const sum = (pick: (c: (typeof rows)[number]) => number) =>
    rows
      .filter((c) => !yearly(c.id) && !isContribution(c.id))
      .reduce((s, c) => s + Math.round(pick(c) * 100), 0) / 100;
  return (
    <DataTable
      caption={t('whatIf.caption')}
      headers={[t('whatIf.benefit'), t('whatIf.before'), t('whatIf.after'), t('whatIf.difference')]}
      rows={[
        ...rows.map((c) => ({
          key: c.id,
          cells: [label(c.id), fmt(c.before), fmt(c.after), signed(c.difference)],
        })),
        {
          key: 'total',
          cells: [
            t('whatIf.totalRow'),
            fmt(sum((c) => c.before)),
            fmt(sum((c) => c.after)),
            signed(sum((c) => c.difference)),
          ],
        },
      ]}
    />
  );
}
