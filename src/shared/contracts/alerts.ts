// Alerts ("Être alerté"): the inbox, the preferences matrix (category × channel), the e-mail
// confirmation, the one-click unsubscribe, Web Push subscriptions and the genuine-message check.
// Shared by the PWA and the server; messages are French.
import * as z from 'zod/mini';

export const ALERT_CATEGORIES = [
  'deadline',
  'change',
  'revaluation',
  'unclaimed',
  'information',
] as const;
export const alertCategory = z.enum(ALERT_CATEGORIES, {
  error: 'Choisissez une catégorie d’alerte de la liste.',
});
export type AlertCategory = z.infer<typeof alertCategory>;

export const ALERT_CHANNELS = ['inapp', 'push', 'email'] as const;
export const alertChannel = z.enum(ALERT_CHANNELS, {
  error: 'Choisissez un canal de la liste (application, notification ou courriel).',
});
export type AlertChannel = z.infer<typeof alertChannel>;

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'unsubscribed'] as const;
export const deliveryStatus = z.enum(DELIVERY_STATUSES);
export type DeliveryStatus = z.infer<typeof deliveryStatus>;

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.'));

export const alertDelivery = z.object({
  channel: alertChannel,
  status: deliveryStatus,
  at: z.number(),
});
export type AlertDelivery = z.infer<typeof alertDelivery>;

export const alertView = z.object({
  id: z.string(),
  category: alertCategory,
  title: z.string(),
  body: z.string(),
  /** The deadline, already moved past weekends and French public holidays. */
  dueDate: z.nullable(isoDate),
  /** Past this day the alert is never sent. */
  validUntil: isoDate,
  action: z.object({ label: z.string(), href: z.string() }),
  createdAt: z.number(),
  readAt: z.nullable(z.number()),
  archivedAt: z.nullable(z.number()),
  deliveries: z.array(alertDelivery),
});
export type AlertView = z.infer<typeof alertView>;

/** Query of GET /api/alertes. */
export const alertListQuery = z.object({
  categorie: z.optional(alertCategory),
  archivees: z.optional(z.enum(['0', '1'], { error: 'archivees vaut 0 ou 1.' })),
  /** 0: unread only, 1: read only; absent: both. */
  lues: z.optional(z.enum(['0', '1'], { error: 'lues vaut 0 ou 1.' })),
});
export type AlertListQuery = z.infer<typeof alertListQuery>;

export const alertListResponse = z.object({
  alerts: z.array(alertView),
  unread: z.number(),
  /** When the server answered (ms since epoch): shown offline as "état du …". */
  syncedAt: z.number(),
});
export type AlertListResponse = z.infer<typeof alertListResponse>;

export const alertCountResponse = z.object({ unread: z.number() });
export type AlertCountResponse = z.infer<typeof alertCountResponse>;

export const alertResponse = z.object({ alert: alertView });
export type AlertResponse = z.infer<typeof alertResponse>;

export const readRequest = z.object({
  read: z.boolean({ error: 'Indiquez si l’alerte est lue (vrai ou faux).' }),
});
export type ReadRequest = z.infer<typeof readRequest>;

export const archiveRequest = z.object({
  archived: z.boolean({ error: 'Indiquez si l’alerte est archivée (vrai ou faux).' }),
});
export type ArchiveRequest = z.infer<typeof archiveRequest>;

const channelRow = z.object({
  inapp: z.boolean({ error: 'Valeur vrai ou faux attendue.' }),
  push: z.boolean({ error: 'Valeur vrai ou faux attendue.' }),
  email: z.boolean({ error: 'Valeur vrai ou faux attendue.' }),
});
export const preferenceMatrix = z.object({
  deadline: channelRow,
  change: channelRow,
  revaluation: channelRow,
  unclaimed: channelRow,
  information: channelRow,
});
export type PreferenceMatrix = z.infer<typeof preferenceMatrix>;

/** Deadlines, changes, revaluations and unclaimed rights on everywhere; information opt-in. */
export const DEFAULT_PREFERENCES: PreferenceMatrix = {
  deadline: { inapp: true, push: true, email: true },
  change: { inapp: true, push: true, email: true },
  revaluation: { inapp: true, push: true, email: true },
  unclaimed: { inapp: true, push: true, email: true },
  information: { inapp: false, push: false, email: false },
};

export const preferencesResponse = z.object({
  matrix: preferenceMatrix,
  email: z.object({ address: z.nullable(z.string()), confirmed: z.boolean() }),
});
export type PreferencesResponse = z.infer<typeof preferencesResponse>;

export const preferencesRequest = z.object({ matrix: preferenceMatrix });
export type PreferencesRequest = z.infer<typeof preferencesRequest>;

export const emailRequest = z.object({
  address: z
    .string()
    .check(
      z.trim(),
      z.maxLength(254, 'L’adresse électronique est trop longue.'),
      z.regex(
        /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
        'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
      ),
    ),
});
export type EmailRequest = z.infer<typeof emailRequest>;

const token = z
  .string()
  .check(z.minLength(16, 'Le lien est incomplet : ouvrez-le depuis le courriel reçu.'));
export const emailConfirmRequest = z.object({ token });
export type EmailConfirmRequest = z.infer<typeof emailConfirmRequest>;

export const unsubscribeRequest = z.object({ token });
export type UnsubscribeRequest = z.infer<typeof unsubscribeRequest>;
export const unsubscribeResponse = z.object({ category: alertCategory, channel: alertChannel });
export type UnsubscribeResponse = z.infer<typeof unsubscribeResponse>;

export const pushKeyResponse = z.object({ publicKey: z.string() });
export type PushKeyResponse = z.infer<typeof pushKeyResponse>;

export const pushSubscribeRequest = z.object({
  subscription: z.object({
    endpoint: z.url({ error: 'L’adresse du service de notification est invalide.' }),
    expirationTime: z.optional(z.nullable(z.number())),
    keys: z.object({
      p256dh: z.string().check(z.minLength(1, 'Clé de notification manquante.')),
      auth: z.string().check(z.minLength(1, 'Clé de notification manquante.')),
    }),
  }),
});
export type PushSubscribeRequest = z.infer<typeof pushSubscribeRequest>;

export const pushUnsubscribeRequest = z.object({
  endpoint: z.url({ error: 'L’adresse du service de notification est invalide.' }),
});
export type PushUnsubscribeRequest = z.infer<typeof pushUnsubscribeRequest>;

/** What a push message carries: nothing personal; the body is fetched after opening. */
export const pushPayload = z.object({
  alertId: z.string(),
  category: alertCategory,
  title: z.string(),
});
export type PushPayload = z.infer<typeof pushPayload>;

export const PUSH_TITLES: Record<AlertCategory, string> = {
  deadline: 'Une échéance approche',
  change: 'Un changement sur vos droits',
  revaluation: 'Vos montants estimés changent',
  unclaimed: 'Un droit possible à demander',
  information: 'Une information pour vous',
};

export const verifyQuery = z.object({
  code: z
    .string()
    .check(
      z.trim(),
      z.regex(/^[A-Za-z0-9-]{4,16}$/, 'Saisissez le code indiqué en bas du courriel.'),
    ),
});
export const verifyResponse = z.object({
  genuine: z.boolean(),
  sentAt: z.optional(z.number()),
  channel: z.optional(z.literal('email')),
});
export type VerifyResponse = z.infer<typeof verifyResponse>;

export const alertHref = (id: string) => `/alertes/${encodeURIComponent(id)}`;
