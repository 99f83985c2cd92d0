// The discreet journey (domestic violence) in links: a page reached with ?discret=1 opens it, so
// that a reload of the simulator or of the declaration started from the journey stays discreet.
// The mode itself lives in memory only (device-mode.ts): leaving the site ends it.

export const DISCREET_PARAM = 'discret';

/** Where "Quitter rapidement ce site" leads: a neutral, widely used site. */
export const NEUTRAL_SITE = 'https://meteofrance.com';

export function asksDiscreet(search: string): boolean {
  return new URLSearchParams(search).get(DISCREET_PARAM) === '1';
}

/** `path` with the discreet flag added to its query. */
export function discreetLink(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${DISCREET_PARAM}=1`;
}
