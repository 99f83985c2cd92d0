// Shipped languages = the catalogue folders under src/locales/. Adding one (Arabic, say) is a
// matter of a folder of catalogues: its name in its own language and its writing direction
// come from the browser's Intl data.
type Catalogue = { default: Record<string, unknown> };

// Every catalogue, loaded on demand; the source language's first-screen catalogues are bundled
// with the shell instead (see index.ts), so they are left out here.
const catalogues = import.meta.glob<Catalogue>([
  '../../locales/*/*.json',
  '!../../locales/fr/common.json',
  '!../../locales/fr/home.json',
]);

export function loadCatalogue(language: string, namespace: string): Promise<Catalogue> | undefined {
  return catalogues[`../../locales/${language}/${namespace}.json`]?.();
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

export type Language = string;
export const SOURCE_LANGUAGE: Language = 'fr';
const STORAGE_KEY = 'droits360.lang';

const codes = [
  SOURCE_LANGUAGE,
  ...Object.keys(catalogues)
    .filter((key) => key.endsWith('/common.json'))
    .map((key) => key.split('/').at(-2) ?? '')
    .filter((code) => code !== '' && code !== SOURCE_LANGUAGE)
    .sort(),
];

function ownName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return RTL.has(code.split('-')[0] ?? code) ? 'rtl' : 'ltr';
}

export const LANGUAGES: readonly { code: string; label: string; dir: 'ltr' | 'rtl' }[] = codes.map(
  (code) => ({ code, label: ownName(code), dir: directionOf(code) }),
);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && codes.includes(value);
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
