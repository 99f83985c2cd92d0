// The simulation in progress, shared by the questionnaire, the summary and the results. Kept in
// IndexedDB (memory only where the device may not keep it: kiosk, discreet journey); a link carrying answers in its fragment replaces it.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import type { BenefitId } from '../../../engine/contract.ts';
import { pruneAnswers } from '../../../engine/questions/index.ts';
import type { Answers } from '../../../engine/questions/index.ts';
import { EMPTY_DRAFT, draftStore } from '../api/answers-store.ts';
import type { Draft, DraftStore } from '../api/answers-store.ts';
import { decodeFragment } from '../utils/fragment.ts';
import type { Prefill } from '../utils/prefill.ts';
import { mayKeep } from '../../../shared/lib/device-mode.ts';
import { asksDiscreet } from '../../../shared/lib/discreet.ts';

export interface Simulation {
  readonly ready: boolean;
  readonly draft: Draft;
  readonly persisted: boolean;
  /** True when the answers came from a shared link (shown once, to invite checking them). */
  readonly imported: boolean;
  readonly setAnswers: (patch: Answers) => void;
  readonly setBenefits: (benefits: readonly BenefitId[]) => void;
  readonly applyPrefill: (prefill: Prefill) => void;
  readonly reset: () => void;
}

const SimulationContext = createContext<Simulation | undefined>(undefined);

export function SimulationProvider({
  children,
  store,
}: {
  readonly children: ReactNode;
  readonly store?: DraftStore;
}) {
  // Decided once: a simulation started on the discreet journey stays in memory to its end.
  // (A discreet link is read here too: the shell enters the mode after this first render.)
  const [keep] = useState(() => mayKeep() && !asksDiscreet(window.location.search));
  const storeRef = useRef(store ?? draftStore(!keep));
  // A shared link wins over the stored draft; read once, before the first render.
  const [shared] = useState(() => decodeFragment(window.location.hash));
  const [draft, setDraft] = useState<Draft>(() =>
    shared
      ? { answers: pruneAnswers(shared.answers), benefits: shared.benefits, prefilled: [] }
      : EMPTY_DRAFT,
  );
  const [ready, setReady] = useState(shared !== undefined);
  const [imported, setImported] = useState(shared !== undefined);

  useEffect(() => {
    if (shared) {
      // Drop the fragment so that it is not kept in history or shared again by accident.
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
      return;
    }
    let live = true;
    storeRef.current
      .load()
      .then(
        (d) => {
          if (live) setDraft((current) => (current === EMPTY_DRAFT ? d : current));
        },
        () => undefined, // Storage refused (private window, quota): carry on in memory.
      )
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, [shared]);

  useEffect(() => {
    if (ready) void storeRef.current.save(draft).catch(() => undefined);
  }, [draft, ready]);

  const setAnswers = useCallback((patch: Answers) => {
    // An answer the person changes is theirs now: it loses its "pré-rempli" badge.
    setDraft((d) => ({
      ...d,
      answers: pruneAnswers({ ...d.answers, ...patch }),
      prefilled: d.prefilled.filter((k) => !(k in patch) || patch[k] === d.answers[k]),
    }));
  }, []);
  const setBenefits = useCallback((benefits: readonly BenefitId[]) => {
    setDraft((d) => ({ ...d, benefits }));
  }, []);
  const applyPrefill = useCallback((p: Prefill) => {
    setDraft((d) => ({
      ...d,
      answers: pruneAnswers({ ...d.answers, ...p.answers }),
      prefilled: [...new Set([...d.prefilled, ...p.prefilled])],
    }));
  }, []);
  const reset = useCallback(() => {
    setDraft(EMPTY_DRAFT);
    setImported(false);
    void storeRef.current.clear().catch(() => undefined);
  }, []);

  const value = useMemo<Simulation>(
    () => ({
      ready,
      draft,
      persisted: keep,
      imported,
      setAnswers,
      setBenefits,
      applyPrefill,
      reset,
    }),
    [ready, draft, keep, imported, setAnswers, setBenefits, applyPrefill, reset],
  );
  return <SimulationContext value={value}>{children}</SimulationContext>;
}

export function useSimulation(): Simulation {
  const s = useContext(SimulationContext);
  if (!s) throw new Error('useSimulation outside SimulationProvider');
  return s;
}
