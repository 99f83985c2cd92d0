// Text size and contrast for a closed environment (EN 301 549 §5.1: on a kiosk the person cannot
// bring their own assistive technology). Held in memory only: nothing is written to the device,
// and a reload or a kiosk reset gives the next person the defaults.
export const TEXT_SIZES = [100, 125, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface DisplayComfort {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
}

const DEFAULTS: DisplayComfort = { textSize: 100, highContrast: false };
let state = DEFAULTS;
const listeners = new Set<() => void>();

function apply(): void {
  const root = document.documentElement;
  // The DSFR sizes everything in rem: the root font size reflows every layout.
  root.style.fontSize = state.textSize === 100 ? '' : `${String(state.textSize)}%`;
  if (state.highContrast) root.setAttribute('data-d360-contrast', 'high');
  else root.removeAttribute('data-d360-contrast');
}

function update(next: DisplayComfort): void {
  state = next;
  apply();
  for (const l of listeners) l();
}

export const displayComfort = (): DisplayComfort => state;

export function subscribeDisplayComfort(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setTextSize(textSize: TextSize): void {
  update({ ...state, textSize });
}

export function setHighContrast(highContrast: boolean): void {
  update({ ...state, highContrast });
}

/** Back to the defaults (the kiosk's reset). */
export function resetDisplayComfort(): void {
  update(DEFAULTS);
}
