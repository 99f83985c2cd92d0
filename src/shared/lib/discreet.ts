// The discreet journey (domestic violence) in links: a page reached with ?discret=1 opens it, so
// that a reload of the simulator or of the declaration started from the journey stays discreet.
// The mode itself lives in memory only (device-mode.ts): leaving the site ends it.

export const DISCREET_PARAM = 'discret';

/** Where "Quitter rapidement ce site" leads: a neutral, widely used site. */
export const NEUTRAL_SITE = 'https://meteofrance.com';

/**
 * The pages that open the journey by themselves (the life events marked `discreet` in the
 * content; a test keeps the two lists equal). The shell reads this before their chunk loads.
 */
export const DISCREET_PATHS: readonly string[] = ['/evenements-de-vie/violences-conjugales'];

export function asksDiscreet(search: string): boolean {
  return new URLSearchParams(search).get(DISCREET_PARAM) === '1';
}

/** Does this address open the discreet journey (a discreet page, or the ?discret=1 flag)? */
export function opensDiscreet(location: { readonly pathname: string; readonly search: string }) {
  return DISCREET_PATHS.includes(location.pathname) || asksDiscreet(location.search);
}

/** `path` with the discreet flag added to its query. */
export function discreetLink(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${DISCREET_PARAM}=1`;
}
