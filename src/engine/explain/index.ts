export {
  compare,
  isContribution,
  isCounted,
  isPart,
  legalRefs,
  monthlyTotal,
  traceRows,
} from './explain.ts';
export type { Comparison, TraceRow } from './explain.ts';
