// The message being written, kept on the device (except a shared one) so that a reload or the
// login detour loses nothing; checked with the server's own schema before sending.
import { z } from 'zod';
import {
  MESSAGE_MESSAGES,
  messageRequest,
  type MessageRequest,
} from '../../../../shared/contracts/messages.ts';
import { deviceDraft } from '../../../../shared/lib/device-drafts.ts';

export const contactDraft = z.object({
  organisation: z.string(),
  topic: z.string(),
  subject: z.string(),
  text: z.string(),
  documents: z.array(z.string()),
});
export type ContactDraft = z.infer<typeof contactDraft>;
export const EMPTY_CONTACT: ContactDraft = {
  organisation: '',
  topic: '',
  subject: '',
  text: '',
  documents: [],
};

export const contactStore = (ephemeral: boolean) =>
  deviceDraft('droits360-contact', contactDraft, { ephemeral });

const keyOf = new Map(Object.entries(MESSAGE_MESSAGES).map(([k, m]) => [m as string, k]));
/** Field → translation key under `errors.` (or a server message as received). */
export type ContactErrors = Readonly<Record<string, string>>;

export function toErrors(issues: readonly { path: string; message: string }[]): ContactErrors {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] ??= keyOf.get(i.message) ?? i.message;
  return out;
}

export function checkDraft(
  d: ContactDraft,
): { ok: true; request: MessageRequest } | { ok: false; errors: ContactErrors } {
  const parsed = messageRequest.safeParse({
    ...(d.organisation ? { organisation: d.organisation } : {}),
    ...(d.topic ? { topic: d.topic } : {}),
    subject: d.subject,
    text: d.text,
    documents: d.documents,
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    errors: toErrors(
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    ),
  };
}
