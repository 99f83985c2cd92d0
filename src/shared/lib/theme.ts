// Display settings (light / dark / system), persisted on the device. public/theme-init.js
// applies the saved choice before the first paint (an external file: the CSP forbids inline).
export type Scheme = 'light' | 'dark' | 'system';
export const SCHEME_KEY = 'droits360.scheme';

export function savedScheme(): Scheme {
  try {
    const v = localStorage.getItem(SCHEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function applyScheme(scheme: Scheme): void {
  const theme = scheme === 'system' ? (systemPrefersDark() ? 'dark' : 'light') : scheme;
  const root = document.documentElement;
  root.setAttribute('data-fr-scheme', scheme);
  root.setAttribute('data-fr-theme', theme);
  root.style.colorScheme = theme;
}

export function setScheme(scheme: Scheme): void {
  try {
    if (scheme === 'system') localStorage.removeItem(SCHEME_KEY);
    else localStorage.setItem(SCHEME_KEY, scheme);
  } catch {
    // Not persisted (storage blocked): applies to this visit only.
  }
  applyScheme(scheme);
}

/** Follow the system's scheme while the person has chosen "system". */
export function watchSystemScheme(): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const onChange = () => {
    if (savedScheme() === 'system') applyScheme('system');
  };
  media.addEventListener('change', onChange);
  return () => {
    media.removeEventListener('change', onChange);
  };
}
