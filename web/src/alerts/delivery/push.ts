// Web Push: the VAPID keys (from the configuration, or generated once and kept in the database
// so that every process and every restart signs with the same key), the devices' subscriptions
// (per device, per person), and the send itself. web-push encrypts (aes128gcm) and signs; the
// request goes out through fetch, so any push service speaking RFC 8030 over HTTP(S) works.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import webpush from 'web-push';
import type { PushPayload } from '../../../../src/shared/contracts/alerts.ts';
import type { Database } from '../../db/schema.ts';
import { deliveryDb, type DeliveryDb } from './tables.ts';

export interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
  readonly subject: string;
}

export interface VapidConfig {
  readonly VAPID_PUBLIC_KEY?: string | undefined;
  readonly VAPID_PRIVATE_KEY?: string | undefined;
  readonly VAPID_SUBJECT: string;
}

/** The configured keys, or the ones this database generated the first time it was asked. */
export async function vapidKeys(db: Kysely<Database>, c: VapidConfig): Promise<VapidKeys> {
  if (c.VAPID_PUBLIC_KEY && c.VAPID_PRIVATE_KEY)
    return {
      publicKey: c.VAPID_PUBLIC_KEY,
      privateKey: c.VAPID_PRIVATE_KEY,
      subject: c.VAPID_SUBJECT,
    };
  const d = deliveryDb(db);
  // Two processes starting together each generate a pair; the first one written wins for both.
  await d
    .insertInto('alert_settings')
    .values({ name: 'vapid', value: JSON.stringify(webpush.generateVAPIDKeys()) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await d
    .selectFrom('alert_settings')
    .select('value')
    .where('name', '=', 'vapid')
    .executeTakeFirstOrThrow();
  const kept = JSON.parse(row.value) as { publicKey: string; privateKey: string };
  return { ...kept, subject: c.VAPID_SUBJECT };
}

export interface StoredSubscription {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

export class PushSubscriptions {
  readonly #db: DeliveryDb;
  constructor(db: Kysely<Database>) {
    this.#db = deliveryDb(db);
  }

  /** Keeps this device's subscription for the person (a device handed over changes owner). */
  async save(sub: string, s: StoredSubscription, now: number): Promise<void> {
    await this.#db
      .insertInto('push_subscriptions')
      .values({
        endpoint: s.endpoint,
        person_sub: sub,
        p256dh: s.p256dh,
        auth: s.auth,
        created_at: now,
      })
      .onConflict((oc) =>
        oc.column('endpoint').doUpdateSet({ person_sub: sub, p256dh: s.p256dh, auth: s.auth }),
      )
      .execute();
  }

  /** Removes the person's subscription of this device; false when it was not theirs. */
  async remove(sub: string, endpoint: string): Promise<boolean> {
    const res = await this.#db
      .deleteFrom('push_subscriptions')
      .where('endpoint', '=', endpoint)
      .where('person_sub', '=', sub)
      .executeTakeFirst();
    return res.numDeletedRows > 0n;
  }

  /** The push service said the subscription no longer exists (404 or 410). */
  async forget(endpoint: string): Promise<void> {
    await this.#db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).execute();
  }

  async forPerson(sub: string): Promise<StoredSubscription[]> {
    return this.#db
      .selectFrom('push_subscriptions')
      .select(['endpoint', 'p256dh', 'auth'])
      .where('person_sub', '=', sub)
      .orderBy('created_at')
      .execute();
  }

  async deleteForPerson(sub: string): Promise<void> {
    await this.#db.deleteFrom('push_subscriptions').where('person_sub', '=', sub).execute();
  }
}

/**
 * A Topic (≤ 32 base64url characters) per alert and channel: a push service keeps one pending
 * message per topic, so a message sent again after a crash replaces the first instead of adding one.
 */
export const pushTopic = (key: string) =>
  createHash('sha256').update(key).digest('base64url').slice(0, 32);

export type PushOutcome = 'sent' | 'gone';

/** Sends one encrypted message; 404/410 mean the subscription is gone, anything else non-2xx throws. */
export async function sendPush(
  s: StoredSubscription,
  payload: PushPayload,
  o: { readonly vapid: VapidKeys; readonly topic: string; readonly signal: AbortSignal },
): Promise<PushOutcome> {
  const details = webpush.generateRequestDetails(
    { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: o.vapid,
      TTL: 7 * 24 * 60 * 60,
      topic: o.topic,
      urgency: 'normal',
      contentEncoding: 'aes128gcm',
    },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers))
    if (name.toLowerCase() !== 'content-length') headers[name] = value;
  const res = await fetch(details.endpoint, {
    method: details.method,
    headers,
    body: new Uint8Array(details.body),
    signal: o.signal,
  });
  await res.body?.cancel();
  if (res.status === 404 || res.status === 410) return 'gone';
  if (!res.ok) throw new Error(`le service de notification a répondu ${res.status}`);
  return 'sent';
}
