// The results for the current answers, computed on the device once the engine chunk is here.
import { useMemo } from 'react';
import type { BenefitId, BenefitResult, MonthPeriod } from '../../../engine/contract.ts';
import type { Answers } from '../../../engine/questions/index.ts';
import type { EngineApi } from '../api/engine.ts';
import { runSimulation } from '../utils/run.ts';

export type ResultsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error' }
  | { readonly kind: 'done'; readonly results: readonly BenefitResult[] };

export function useResults(
  engine: EngineApi | undefined,
  answers: Answers,
  benefits: readonly BenefitId[],
  period: MonthPeriod,
): ResultsState {
  return useMemo<ResultsState>(() => {
    if (!engine) return { kind: 'loading' };
    try {
      return { kind: 'done', results: runSimulation(engine, answers, benefits, period) };
    } catch {
      // An engine error must not blank the page: the answers are kept and the person can retry.
      return { kind: 'error' };
    }
  }, [engine, answers, benefits, period]);
}
