// "Vous pourriez avoir droit à…": the engine run on the connected situation, keeping what it
// grants and no organisation pays. An estimate, never a decision: the link opens the simulator
// prefilled with the same data, where the person checks and completes it.
import {
  BENEFITS,
  simulate,
  type BenefitId,
  type BenefitResult,
} from '../../../src/engine/index.ts';
import { isCounted, legalRefs } from '../../../src/engine/explain/index.ts';
import type {
  PossibleRight,
  PossibleRightsResponse,
} from '../../../src/shared/contracts/possible-rights.ts';
import { householdOf, periodOf } from './household.ts';
import type { ConnectedSituation } from './situation.ts';

/** Under which ids (rights or status flags) the organisations report a benefit being paid. */
const PAID_AS: Readonly<Partial<Record<BenefitId, readonly string[]>>> = {
  aide_logement: ['aide_logement', 'apl', 'alf', 'als'],
  css_participation_forfaitaire: ['css', 'c2s'],
  cmu_c: ['css', 'c2s'],
};

/** Covers rather than sums: listed when granted, their amount being what the person pays. */
const COVERAGE: ReadonlySet<BenefitId> = new Set(['cmu_c', 'css_participation_forfaitaire']);

/** Sent without any claim, so never "unclaimed". */
const AUTOMATIC: ReadonlySet<BenefitId> = new Set(['cheque_energie']);

export function paid(s: ConnectedSituation, r: BenefitResult): boolean {
  const ids = PAID_AS[r.id] ?? [r.id];
  if (r.period.unit === 'year') {
    // A yearly benefit (ars) is paid once: any payment due in that year counts.
    const year = String(r.period.year);
    return ids.some((id) => (s.paidMonths.get(id) ?? []).some((m) => m.startsWith(year)));
  }
  return ids.some((id) => s.received.has(id));
}

export function granted(r: BenefitResult): boolean {
  if (AUTOMATIC.has(r.id)) return false;
  if (COVERAGE.has(r.id)) return r.status === 'eligible';
  return isCounted(r);
}

export const simulateUrl = (id: BenefitId) => `/simuler/questions?benefits=${id}&prefill=profile`;

function asPossibleRight(r: BenefitResult): PossibleRight {
  const def = BENEFITS.find((d) => d.id === r.id);
  return {
    id: r.id,
    label: def?.label ?? r.id,
    periodicity: r.period.unit,
    kind: COVERAGE.has(r.id) ? 'coverage' : 'amount',
    amountCents: Math.round(r.amount * 100),
    paidBy: [...(def?.paidBy ?? [])],
    explanation: {
      steps: r.trace.map((t) => ({
        label: t.label,
        value: t.value,
        ...(t.unit ? { unit: t.unit } : {}),
        ...(t.formula ? { formula: t.formula } : {}),
      })),
      references: legalRefs(r).map((ref) => ({ title: ref.title, url: ref.url })),
    },
    simulateUrl: simulateUrl(r.id),
  };
}

export function possibleRights(s: ConnectedSituation): PossibleRightsResponse {
  const base = { month: s.month, unavailable: [...s.unavailable] };
  // Without an organisation's answer, what it pays (or the income it knows) is unknown: an
  // estimate would tell people they miss a right they may well receive.
  if (s.unavailable.length > 0) return { ...base, status: 'partial', rights: [] };
  const results = simulate(householdOf(s), periodOf(s));
  const covered = results.some((r) => r.id === 'cmu_c' && granted(r));
  const rights = results
    .filter((r) => granted(r) && !paid(s, r))
    // Free C2S and C2S with participation are one right: show the one that applies.
    .filter((r) => !(covered && r.id === 'css_participation_forfaitaire'))
    .map(asPossibleRight);
  return { ...base, status: 'complete', rights };
}
