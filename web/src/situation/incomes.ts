// The person's incomes month by month, as the organisations reported them (montant net social),
// extended over the history the engine reads: 12 months for housing aid and C2S, year N-2 for
// family benefits. Organisations only show the last twelve months, so earlier months repeat the
// oldest amount known, from the start of the contract or right; later ones repeat the last
// amount while it still runs. This is the "constant history" assumption of the reference cases.
import type { OrganisationRecord } from '../../../src/shared/contracts/rights.ts';

export type IncomeKind = 'salaire' | 'independant' | 'chomage' | 'retraite';

export interface IncomeSource {
  readonly kind: IncomeKind;
  readonly label: string;
  /** Known amounts in cents by month `YYYY-MM`. */
  readonly months: ReadonlyMap<string, number>;
  /** First and last month it ran, when known; no `until` means it still runs. */
  readonly from?: string;
  readonly until?: string;
}

const monthOf = (date: string) => date.slice(0, 7);

/**
 * Taxable and gross amounts per euro of montant net social, by kind of income: the ratios the
 * questionnaire uses too (src/engine/questions/household.ts), so that the estimate shown here
 * and the prefilled simulation agree. Self-employed income is already a taxable figure.
 */
export const PER_NET: Readonly<Record<IncomeKind, { taxable: number; gross: number }>> = {
  salaire: { taxable: 1.036, gross: 1 / 0.7916 },
  independant: { taxable: 1, gross: 1 },
  chomage: { taxable: 1 / 0.97, gross: 1 / 0.97 },
  retraite: { taxable: 0.941 / 0.909, gross: 1 / 0.909 },
};
export const INCOME_KINDS = Object.keys(PER_NET) as IncomeKind[];

/** Allowance for professional expenses on micro-BNC turnover, as CAF and the tax office apply. */
const MICRO_BNC_ALLOWANCE = 0.34;

/** Every income of the person that the engine reads, from the organisations' records. */
export function incomeSources(records: readonly OrganisationRecord[]): IncomeSource[] {
  const out: IncomeSource[] = [];
  for (const r of records) {
    for (const job of r.activity)
      out.push({
        kind: 'salaire',
        label: job.employer,
        months: new Map(job.pay.map((p) => [p.month, p.amountCents])),
        from: monthOf(job.start),
        ...(job.end ? { until: monthOf(job.end) } : {}),
      });
    for (const right of r.rights) {
      if (right.kind !== 'pension' && right.kind !== 'chomage') continue;
      out.push({
        kind: right.kind === 'pension' ? 'retraite' : 'chomage',
        label: right.label,
        months: new Map(right.payments.map((p) => [p.month, p.amountCents])),
        from: monthOf(right.since),
        ...(right.until || right.status !== 'en-cours'
          ? { until: monthOf(right.until ?? right.payments.at(-1)?.month ?? right.since) }
          : {}),
      });
    }
    const self = r.resources.filter((x) => x.kind === 'independant');
    if (self.length === 0) continue;
    if (r.organisation === 'msa') {
      // A farmer's income is a yearly figure, declared once: one twelfth each month.
      for (const x of self)
        out.push({
          kind: 'independant',
          label: x.label,
          months: new Map([[x.month, Math.round(x.amountCents / 12)]]),
        });
    } else {
      out.push({
        kind: 'independant',
        label: self[0]?.label ?? '',
        months: new Map(
          self.map((x) => [x.month, Math.round(x.amountCents * (1 - MICRO_BNC_ALLOWANCE))]),
        ),
      });
    }
  }
  return out;
}

/** The amount of a source in a month, in cents, extending the known months as described above. */
export function amountIn(source: IncomeSource, month: string): number {
  const known = source.months.get(month);
  if (known !== undefined) return known;
  if ((source.from && month < source.from) || (source.until && month > source.until)) return 0;
  const keys = [...source.months.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return 0;
  if (month < first) return source.months.get(first) ?? 0;
  if (month > last) return source.until ? 0 : (source.months.get(last) ?? 0);
  return 0;
}

/** Sum of the sources of some kinds in a month, in cents. */
export function totalIn(
  sources: readonly IncomeSource[],
  month: string,
  kinds: readonly IncomeKind[],
): number {
  return sources
    .filter((s) => kinds.includes(s.kind))
    .reduce((sum, s) => sum + amountIn(s, month), 0);
}
