// "Envoyer sur mon téléphone": the answers travel in the URL fragment (#r=…), which browsers
// never send to the server. Read back through zod: a fragment is untrusted input.
import { z } from 'zod';
import type { Answers } from '../../../engine/questions/index.ts';

const answersSchema = z.record(
  z.string().max(80),
  z.union([z.string().max(40), z.number(), z.boolean()]),
);
const payloadSchema = z.object({
  v: z.literal(1),
  a: answersSchema,
  b: z.array(z.string().max(40)).max(30).optional(),
});

export interface SharedSimulation {
  readonly answers: Answers;
  readonly benefits: readonly string[];
}

const toBase64Url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (s: string) =>
  new TextDecoder().decode(
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );

export function encodeFragment(sim: SharedSimulation): string {
  return `r=${toBase64Url(JSON.stringify({ v: 1, a: sim.answers, ...(sim.benefits.length ? { b: sim.benefits } : {}) }))}`;
}

/** The shared simulation in a location hash ("#r=…"), or undefined if absent or malformed. */
export function decodeFragment(hash: string): SharedSimulation | undefined {
  const match = /(?:^#?|&)r=([A-Za-z0-9_-]{1,8000})/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(fromBase64Url(match[1])));
    return parsed.success ? { answers: parsed.data.a, benefits: parsed.data.b ?? [] } : undefined;
  } catch {
    return undefined;
  }
}
