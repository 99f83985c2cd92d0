import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { mayKeep, setAssistedSession, subscribeDeviceMode } from './device-mode.ts';

afterEach(() => {
  setAssistedSession(false);
});

describe('an agent session on this browser (assisted mode)', () => {
  it('keeps nothing personal while it is open, and says so to listeners', () => {
    expect(mayKeep()).toBe(true);
    let heard = 0;
    const stop = subscribeDeviceMode(() => (heard += 1));
    setAssistedSession(true);
    expect(mayKeep()).toBe(false);
    setAssistedSession(false);
    expect(mayKeep()).toBe(true);
    stop();
    expect(heard).toBe(2);
  });
});
