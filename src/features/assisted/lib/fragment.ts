// "Envoyer sur son téléphone": the summary travels in the URL fragment (#d=…), which browsers
// never send to a server. Read back through zod: a fragment is untrusted input.
import * as z from 'zod/mini';

const handoff = z.object({
  v: z.literal(1),
  /** Title of the summary (e.g. the procedure sent). */
  t: z.string().check(z.maxLength(200)),
  /** Lines: label and value. */
  l: z
    .array(z.tuple([z.string().check(z.maxLength(120)), z.string().check(z.maxLength(300))]))
    .check(z.maxLength(40)),
});
export type Handoff = {
  readonly title: string;
  readonly lines: readonly (readonly [string, string])[];
};

const toBase64Url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (s: string) =>
  new TextDecoder().decode(
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );

export const HANDOFF_PATH = '/accompagnement/recapitulatif';

export function handoffUrl(origin: string, h: Handoff): string {
  const payload = toBase64Url(JSON.stringify({ v: 1, t: h.title, l: h.lines }));
  return `${origin}${HANDOFF_PATH}#d=${payload}`;
}

export function readHandoff(hash: string): Handoff | undefined {
  const match = /(?:^#?|&)d=([A-Za-z0-9_-]{1,8000})/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    const parsed = handoff.safeParse(JSON.parse(fromBase64Url(match[1])));
    return parsed.success ? { title: parsed.data.t, lines: parsed.data.l } : undefined;
  } catch {
    return undefined;
  }
}
