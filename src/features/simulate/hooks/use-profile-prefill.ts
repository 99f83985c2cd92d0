// Prefill from the organisations' data when the person is logged in: one request before the
// questionnaire starts (a new simulation, or a link asking for it with ?prefill=profile), none on a
// kiosk or on the discreet journey. The questions show at once; the prefill fills what the person has not answered yet.
import { useEffect, useRef } from 'react';
import { fetchProfile } from '../api/profile.ts';
import { keepOwnAnswers, prefillFromProfile } from '../utils/prefill.ts';
import { useSimulation } from './simulation-context.tsx';
import { deviceMode } from '../../../shared/lib/device-mode.ts';

// Once per page load: the profile does not change during a simulation.
let asked = false;

/** For tests: forget that the profile was asked. */
export const resetProfilePrefill = () => {
  asked = false;
};

export function useProfilePrefill(requested: boolean): void {
  const sim = useSimulation();
  const latest = useRef(sim);
  useEffect(() => {
    latest.current = sim;
  });
  const fresh = Object.keys(sim.draft.answers).length === 0;
  const start = sim.ready && deviceMode() === 'personal' && (requested || fresh);
  useEffect(() => {
    if (!start || asked) return;
    asked = true;
    const abort = new AbortController();
    // A slow network must not leave a request open into the simulation: give up quickly.
    const timer = window.setTimeout(() => {
      abort.abort();
    }, 4000);
    void fetchProfile(abort.signal).then((r) => {
      window.clearTimeout(timer);
      if (!r) return;
      const { draft, applyPrefill } = latest.current;
      applyPrefill(keepOwnAnswers(prefillFromProfile(r.profile), draft.answers, draft.prefilled));
    });
  }, [start]);
}
