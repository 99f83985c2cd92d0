// One simulation of one household: each (benefit, period) is computed once; a benefit that
// needs itself at the same period is a modelling error, reported with the chain.
import type {
  BenefitDefinition,
  BenefitId,
  BenefitResult,
  Context,
  Household,
  MonthPeriod,
  Period,
} from './contract.ts';
import { formatPeriod } from './period.ts';

export class CycleError extends Error {
  override name = 'CycleError';
}

export function createContext(
  household: Household,
  definitions: readonly BenefitDefinition[],
): Context {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const results = new Map<string, BenefitResult>();
  const memos = new Map<string, unknown>();
  const stack: string[] = [];
  const ctx: Context = {
    household,
    benefit(id: BenefitId, period: Period): BenefitResult {
      const key = `${id}@${formatPeriod(period)}`;
      const done = results.get(key);
      if (done) return done;
      const def = byId.get(id);
      if (!def) throw new Error(`prestation inconnue du moteur : ${id}`);
      if (stack.includes(key))
        throw new CycleError(`dépendance circulaire : ${[...stack, key].join(' → ')}`);
      stack.push(key);
      try {
        const r = def.compute(ctx, period);
        results.set(key, r);
        return r;
      } finally {
        stack.pop();
      }
    },
    memo<T>(key: string, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const v = compute();
      memos.set(key, v);
      return v;
    },
  };
  return ctx;
}

/** Results of the given benefits (all by default) for one month (yearly ones: that year). */
export function simulateWith(
  definitions: readonly BenefitDefinition[],
  household: Household,
  period: MonthPeriod,
  ids?: readonly BenefitId[],
): BenefitResult[] {
  const ctx = createContext(household, definitions);
  const wanted = ids ? definitions.filter((d) => ids.includes(d.id)) : definitions;
  return wanted.map((d) =>
    ctx.benefit(d.id, d.periodicity === 'year' ? { unit: 'year', year: period.year } : period),
  );
}
