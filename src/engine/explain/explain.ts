// Turns engine results into plain structures the UI renders: flattened trace rows, the legal
// references behind a result, monthly totals and before/after comparisons.
import type { BenefitId, BenefitResult, LegalRef, TraceStep } from '../contract.ts';

export interface TraceRow {
  readonly depth: number;
  readonly step: TraceStep;
}

/** The trace, depth first, each step with its nesting depth (0 = top level). */
export function traceRows(trace: readonly TraceStep[], depth = 0): TraceRow[] {
  return trace.flatMap((step) => [{ depth, step }, ...traceRows(step.steps ?? [], depth + 1)]);
}

/** Every legal reference cited by a result (trace and reasons), once each, in order of appearance. */
export function legalRefs(result: BenefitResult): LegalRef[] {
  const seen = new Map<string, LegalRef>();
  for (const { step } of traceRows(result.trace))
    if (step.ref && !seen.has(step.ref.url)) seen.set(step.ref.url, step.ref);
  for (const r of result.reasons) if (r.ref && !seen.has(r.ref.url)) seen.set(r.ref.url, r.ref);
  return [...seen.values()];
}

/** Benefits counted in a household total: the umbrella aide_logement stands for apl/alf/als. */
const PARTS: ReadonlySet<BenefitId> = new Set(['apl', 'alf', 'als']);

/** apl, alf, als: the form the umbrella aide_logement takes, never shown as a benefit of its own. */
export const isPart = (id: BenefitId) => PARTS.has(id);

export const isCounted = (r: BenefitResult) =>
  r.status === 'eligible' && r.amount > 0 && !PARTS.has(r.id);

/** Sums the person pays (the C2S participation), never aids: shown apart, never in a total. */
const CONTRIBUTIONS: ReadonlySet<BenefitId> = new Set(['css_participation_forfaitaire']);

/** css_participation_forfaitaire: a monthly contribution the person pays, not an aid received. */
export const isContribution = (id: BenefitId) => CONTRIBUTIONS.has(id);

const cents = (x: number) => Math.round(x * 100);

/**
 * Total of the monthly benefits granted, in euros: yearly ones such as ars and contributions the
 * person pays (the C2S participation) are shown apart.
 */
export function monthlyTotal(
  results: readonly BenefitResult[],
  yearly: ReadonlySet<BenefitId>,
): number {
  return (
    results
      .filter((r) => isCounted(r) && !yearly.has(r.id) && !isContribution(r.id))
      .reduce((sum, r) => sum + cents(r.amount), 0) / 100
  );
}

export interface Comparison {
  readonly id: BenefitId;
  readonly before: number;
  readonly after: number;
  readonly difference: number;
}

/** Benefit by benefit, the amount before and after a change (0 when not granted). */
export function compare(
  before: readonly BenefitResult[],
  after: readonly BenefitResult[],
): Comparison[] {
  const amount = (rs: readonly BenefitResult[], id: BenefitId) => {
    const r = rs.find((x) => x.id === id);
    return r && isCounted(r) ? r.amount : 0;
  };
  const ids = [...new Set([...before, ...after].filter((r) => !PARTS.has(r.id)).map((r) => r.id))];
  return ids
    .map((id) => {
      const b = amount(before, id);
      const a = amount(after, id);
      return { id, before: b, after: a, difference: (cents(a) - cents(b)) / 100 };
    })
    .filter((c) => c.before !== 0 || c.after !== 0);
}
