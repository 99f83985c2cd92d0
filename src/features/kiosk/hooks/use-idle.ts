// Inactivity on a shared screen: after `idleSeconds` without a touch, a key or a scroll, a
// warning counts `warningSeconds` down, then `onExpire` (the reset). Extending is unlimited.
// Plain setTimeout/setInterval/Date.now, so that tests (fake timers, Playwright's page.clock)
// can move time.
import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'input'] as const;

export interface Idle {
  readonly warning: boolean;
  /** Whole seconds left before the reset while warning. */
  readonly remaining: number;
  readonly extensions: number;
  readonly extend: () => void;
}

export function useIdle(o: {
  readonly idleSeconds: number;
  readonly warningSeconds: number;
  readonly onExpire: () => void;
}): Idle {
  const { idleSeconds, warningSeconds } = o;
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [extensions, setExtensions] = useState(0);
  const expire = useRef(o.onExpire);
  expire.current = o.onExpire;
  const expired = useRef(false);

  useEffect(() => {
    if (deadline !== null) return;
    const fire = () => {
      const start = Date.now();
      setNow(start);
      setDeadline(start + warningSeconds * 1000);
    };
    let timer = setTimeout(fire, idleSeconds * 1000);
    const activity = () => {
      clearTimeout(timer);
      timer = setTimeout(fire, idleSeconds * 1000);
    };
    for (const e of ACTIVITY)
      document.addEventListener(e, activity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY) document.removeEventListener(e, activity, { capture: true });
    };
  }, [deadline, idleSeconds, warningSeconds]);

  useEffect(() => {
    if (deadline === null) return;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline && !expired.current) {
        expired.current = true;
        clearInterval(interval);
        expire.current();
      }
    };
    const interval = setInterval(tick, 1000);
    return () => {
      clearInterval(interval);
    };
  }, [deadline]);

  return {
    warning: deadline !== null,
    remaining: deadline === null ? warningSeconds : Math.max(0, Math.ceil((deadline - now) / 1000)),
    extensions,
    extend: () => {
      if (expired.current) return;
      setDeadline(null);
      setExtensions((n) => n + 1);
    },
  };
}
