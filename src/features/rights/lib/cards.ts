// The dashboard's cards in the order the person chose: pinned first (in pin order), then the
// others in their natural order; hidden ones apart so that they can be shown again.
import type { Preferences } from '../api/schemas.ts';

export interface Arranged {
  readonly visible: readonly string[];
  readonly hidden: readonly string[];
}

export function arrange(all: readonly string[], prefs: Preferences): Arranged {
  const known = new Set(all);
  const hidden = all.filter((id) => prefs.hidden.includes(id));
  const pinned = prefs.pinned.filter((id) => known.has(id) && !hidden.includes(id));
  const rest = all.filter((id) => !pinned.includes(id) && !hidden.includes(id));
  return { visible: [...pinned, ...rest], hidden };
}

export const pin = (p: Preferences, id: string): Preferences => ({
  pinned: [...p.pinned.filter((x) => x !== id), id],
  hidden: p.hidden.filter((x) => x !== id),
});

export const unpin = (p: Preferences, id: string): Preferences => ({
  ...p,
  pinned: p.pinned.filter((x) => x !== id),
});

export const hide = (p: Preferences, id: string): Preferences => ({
  pinned: p.pinned.filter((x) => x !== id),
  hidden: [...p.hidden.filter((x) => x !== id), id],
});

export const show = (p: Preferences, id: string): Preferences => ({
  ...p,
  hidden: p.hidden.filter((x) => x !== id),
});
