// The engine chunk, loaded on first use and shared; undefined until it has arrived.
import { useEffect, useState } from 'react';
import { loadEngine } from '../api/engine.ts';
import type { EngineApi } from '../api/engine.ts';

export function useEngine(): {
  readonly engine: EngineApi | undefined;
  readonly failed: boolean;
  readonly retry: () => void;
} {
  const [engine, setEngine] = useState<EngineApi>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (e) => {
        if (live) setEngine(e);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    engine,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((a) => a + 1);
    },
  };
}
