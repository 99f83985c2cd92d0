// "Contacter un organisme": a message routed to the organisation chosen, or the one that handles
// the topic, kept as a thread with the organisation's answers. Only organisations the portal is
// connected to can receive a message (their sandbox or partner API).
import * as z from 'zod/mini';
import { connectedOrganisation, type ConnectedOrganisation } from './rights.ts';

export const MESSAGE_TOPICS = [
  'family-benefits',
  'housing',
  'health',
  'retirement',
  'complementary-pension',
  'employment',
  'taxes',
  'self-employed',
  'farming',
] as const;
export const messageTopic = z.enum(MESSAGE_TOPICS);
export type MessageTopic = z.infer<typeof messageTopic>;

/** Who handles what: a topic names one organisation. */
export const TOPIC_ORGANISATION: Readonly<Record<MessageTopic, ConnectedOrganisation>> = {
  'family-benefits': 'caf',
  housing: 'caf',
  health: 'cpam',
  retirement: 'cnav',
  'complementary-pension': 'agirc-arrco',
  employment: 'france-travail',
  taxes: 'impots',
  'self-employed': 'urssaf',
  farming: 'msa',
};

export const MESSAGE_MESSAGES = {
  recipient: 'Destinataire : choisissez un organisme ou un sujet.',
  subject: 'Objet : indiquez l’objet de votre message (150 caractères au plus).',
  text: 'Message : écrivez votre message (entre 10 et 5 000 caractères).',
} as const;
const M = MESSAGE_MESSAGES;

export const messageRequest = z
  .object({
    organisation: z.optional(connectedOrganisation),
    topic: z.optional(messageTopic),
    subject: z.string().check(z.trim(), z.minLength(1, M.subject), z.maxLength(150, M.subject)),
    text: z.string().check(z.trim(), z.minLength(10, M.text), z.maxLength(5000, M.text)),
    documents: z.array(z.uuid()).check(z.maxLength(10)),
    /** Answer in an existing thread. */
    threadId: z.optional(z.uuid()),
  })
  .check(
    z.refine((m) => m.threadId !== undefined || m.organisation !== undefined || !!m.topic, {
      error: M.recipient,
      path: ['organisation'],
    }),
  );
export type MessageRequest = z.infer<typeof messageRequest>;

export const threadMessage = z.object({
  id: z.uuid(),
  from: z.enum(['me', 'organisation']),
  text: z.string(),
  documents: z.array(z.object({ id: z.uuid(), name: z.string() })),
  at: z.number(),
});
export type ThreadMessage = z.infer<typeof threadMessage>;

export const messageThread = z.object({
  id: z.uuid(),
  organisation: connectedOrganisation,
  subject: z.string(),
  reference: z.nullable(z.string()),
  messages: z.array(threadMessage),
  updatedAt: z.number(),
});
export type MessageThread = z.infer<typeof messageThread>;
export const threadsResponse = z.object({ threads: z.array(messageThread) });
