// Shipped languages. Adding one (e.g. Arabic, right-to-left) = a catalogue folder in
// src/locales/<code>/ and a line here; direction comes from the language itself.
export const LANGUAGES = [
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
] as const satisfies readonly { code: string; label: string; dir: 'ltr' | 'rtl' }[];

export type Language = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE: Language = 'fr';
const STORAGE_KEY = 'droits360.lang';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/**
 * French unless the person chose another language on this device: a public service speaks
 * French first, and the page must not change language under someone on a shared kiosk.
 */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be unavailable (private mode, kiosk lockdown): French then.
  }
  return SOURCE_LANGUAGE;
}

export function rememberLanguage(code: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not persisted: the choice still holds for this visit.
  }
}
