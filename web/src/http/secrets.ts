// Comparing a secret a request presents (CSRF token, bearer token) with the expected one, in
// constant time whatever their lengths (both are hashed to the same size first).
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

export const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected));

/** The one answer to an unsafe request whose CSRF token (or Origin) does not match. */
export const CSRF_REFUSAL = {
  error: 'csrf',
  message: 'Requête refusée par sécurité : rechargez la page puis recommencez.',
} as const;
