// The two shapes of a benefit's answer, so that every benefit says "granted" and "not granted"
// the same way.
import type {
  BenefitId,
  BenefitResult,
  MissingInput,
  Period,
  Reason,
  TraceStep,
} from '../contract.ts';

export function granted(
  id: BenefitId,
  period: Period,
  amount: number,
  trace: readonly TraceStep[],
): BenefitResult {
  return { id, period, status: 'eligible', amount, reasons: [], missing: [], trace };
}

/** Not granted, and why; "incomplete" when inputs are missing to decide. */
export function notGranted(
  id: BenefitId,
  period: Period,
  reason: Reason,
  trace: readonly TraceStep[] = [],
  missing: readonly MissingInput[] = [],
): BenefitResult {
  return {
    id,
    period,
    status: missing.length > 0 ? 'incomplete' : 'ineligible',
    amount: 0,
    reasons: [reason],
    missing,
    trace,
  };
}
