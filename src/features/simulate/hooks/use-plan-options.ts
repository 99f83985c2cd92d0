// Plan options for any answers: the benefits in view and, once the engine chunk is loaded, the
// inputs it still misses (so that only questions that can change a result remain).
import { useMemo } from 'react';
import type { BenefitId } from '../../../engine/contract.ts';
import { monthOf, optionsFor } from '../utils/run.ts';
import type { OptionsFor } from '../utils/run.ts';
import { useSimulation } from './simulation-context.tsx';
import { useEngine } from './use-engine.ts';

export function usePlanOptions(): OptionsFor {
  const { draft } = useSimulation();
  const { engine } = useEngine();
  return useMemo(
    () => optionsFor(engine, draft.benefits as readonly BenefitId[], monthOf(new Date())),
    [draft.benefits, engine],
  );
}
