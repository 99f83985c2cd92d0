import { createHash } from 'node:crypto';

/**
 * The alert's id: a hash of the source, the person and the fact (e.g. `rsa-dtr:2026-Q4`), so
 * that running the sources again, or in two processes, finds the same id and records nothing.
 */
export function alertId(source: string, personSub: string, fact: string): string {
  return createHash('sha256')
    .update(`${source}\u0000${personSub}\u0000${fact}`)
    .digest('base64url')
    .slice(0, 22);
}
