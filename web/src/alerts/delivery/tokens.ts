// The secrets an e-mail carries: the one-click unsubscribe token, the address-confirmation token
// and the short verification code. Tokens are derived (HMAC of what they stand for), so an e-mail
// rendered again after a crash is the same e-mail; only their SHA-256 is stored.
import { createHash, createHmac, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  alertCategory,
  alertChannel,
  DEFAULT_PREFERENCES,
  type AlertCategory,
  type AlertChannel,
} from '../../../../src/shared/contracts/alerts.ts';
import type { Database } from '../../db/schema.ts';
import { deliveryDb, type DeliveryDb } from './tables.ts';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const deriveToken = (secret: string, label: string) =>
  createHmac('sha256', secret).update(label).digest('base64url').slice(0, 32);

// No 0/O, 1/I/L: a code read aloud on the phone or copied by hand stays unambiguous.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const randomCode = () => {
  let s = '';
  for (let i = 0; i < 8; i += 1) s += ALPHABET.charAt(randomInt(ALPHABET.length));
  return `${s.slice(0, 4)}-${s.slice(4)}`;
};

export const normaliseCode = (code: string) => code.trim().toUpperCase();

export class EmailSecrets {
  readonly #db: DeliveryDb;
  readonly #secret: string;
  constructor(db: Kysely<Database>, secret: string) {
    this.#db = deliveryDb(db);
    this.#secret = secret;
  }

  /** The unsubscribe token of this e-mail (kept so that the link works once the e-mail is out). */
  async unsubscribeToken(
    sub: string,
    category: AlertCategory,
    channel: AlertChannel,
    label: string,
    now: number,
  ): Promise<string> {
    const token = deriveToken(this.#secret, `unsubscribe:${label}`);
    await this.#db
      .insertInto('alert_unsubscribe_tokens')
      .values({ token_hash: sha256(token), person_sub: sub, category, channel, created_at: now })
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .execute();
    return token;
  }

  async resolveUnsubscribe(
    token: string,
  ): Promise<{ sub: string; category: AlertCategory; channel: AlertChannel } | null> {
    const r = await this.#db
      .selectFrom('alert_unsubscribe_tokens')
      .selectAll()
      .where('token_hash', '=', sha256(token))
      .executeTakeFirst();
    if (!r) return null;
    const category = alertCategory.safeParse(r.category);
    const channel = alertChannel.safeParse(r.channel);
    return category.success && channel.success
      ? { sub: r.person_sub, category: category.data, channel: channel.data }
      : null;
  }

  /** The verification code of what `subjectKey` names: one code each, the same on a retry. */
  async verificationCode(sub: string, subjectKey: string, now: number): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const existing = await this.#db
        .selectFrom('alert_verification_codes')
        .select('code')
        .where('subject_key', '=', subjectKey)
        .executeTakeFirst();
      if (existing) return existing.code;
      // A clash (same code, or the same subject written by another worker) is read again.
      await this.#db
        .insertInto('alert_verification_codes')
        .values({
          code: randomCode(),
          person_sub: sub,
          subject_key: subjectKey,
          channel: 'email',
          sent_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    throw new Error('code de vérification impossible à créer');
  }

  /** When this code was sent to this person, or null: the genuine-message check. */
  async verify(sub: string, code: string): Promise<number | null> {
    const r = await this.#db
      .selectFrom('alert_verification_codes')
      .select('sent_at')
      .where('code', '=', normaliseCode(code))
      .where('person_sub', '=', sub)
      .executeTakeFirst();
    return r ? r.sent_at : null;
  }

  async deleteForPerson(sub: string): Promise<void> {
    await this.#db.deleteFrom('alert_verification_codes').where('person_sub', '=', sub).execute();
    await this.#db.deleteFrom('alert_unsubscribe_tokens').where('person_sub', '=', sub).execute();
  }
}

const CONFIRM_TTL = 48 * 60 * 60 * 1000;

/**
 * The person's e-mail address: kept in alert_preferences (what the preferences page shows), and
 * a new one waits there unconfirmed — never used — until the link sent to it is opened.
 */
export class EmailAddresses {
  readonly #db: DeliveryDb;
  readonly #secret: string;
  constructor(db: Kysely<Database>, secret: string) {
    this.#db = deliveryDb(db);
    this.#secret = secret;
  }

  confirmToken(sub: string, requestedAt: number) {
    return deriveToken(this.#secret, `confirm:${sub}:${requestedAt}`);
  }

  async #setAddress(sub: string, address: string, confirmedAt: number | null, now: number) {
    const values = { email_address: address, email_confirmed_at: confirmedAt, updated_at: now };
    await this.#db
      .insertInto('alert_preferences')
      .values({ user_sub: sub, matrix: JSON.stringify(DEFAULT_PREFERENCES), ...values })
      .onConflict((oc) => oc.column('user_sub').doUpdateSet(values))
      .execute();
  }

  /** Records the address to confirm; returns the request's time (names its confirmation e-mail). */
  async request(sub: string, address: string, now: number): Promise<number> {
    const values = {
      pending_address: address,
      pending_token_hash: sha256(this.confirmToken(sub, now)),
      pending_expires_at: now + CONFIRM_TTL,
      updated_at: now,
    };
    await this.#db
      .insertInto('alert_emails')
      .values({ person_sub: sub, ...values })
      .onConflict((oc) => oc.column('person_sub').doUpdateSet(values))
      .execute();
    await this.#setAddress(sub, address, null, now);
    return now;
  }

  /** The address waiting for confirmation, if this request is still the latest. */
  async pending(sub: string, requestedAt: number): Promise<string | null> {
    const r = await this.#db
      .selectFrom('alert_emails')
      .select(['pending_address', 'pending_token_hash'])
      .where('person_sub', '=', sub)
      .executeTakeFirst();
    return r?.pending_address &&
      r.pending_token_hash === sha256(this.confirmToken(sub, requestedAt))
      ? r.pending_address
      : null;
  }

  /** Confirms the address the token was sent to; the person, or null when unknown or expired. */
  async confirm(token: string, now: number): Promise<string | null> {
    const r = await this.#db
      .selectFrom('alert_emails')
      .select(['person_sub', 'pending_address', 'pending_expires_at'])
      .where('pending_token_hash', '=', sha256(token))
      .executeTakeFirst();
    if (!r?.pending_address || (r.pending_expires_at ?? 0) < now) return null;
    await this.#setAddress(r.person_sub, r.pending_address, now, now);
    await this.#db
      .updateTable('alert_emails')
      .set({
        pending_address: null,
        pending_token_hash: null,
        pending_expires_at: null,
        updated_at: now,
      })
      .where('person_sub', '=', r.person_sub)
      .execute();
    return r.person_sub;
  }

  /** The confirmed address, the only one alerts are sent to. */
  async confirmed(sub: string): Promise<string | null> {
    const r = await this.#db
      .selectFrom('alert_preferences')
      .select('email_address')
      .where('user_sub', '=', sub)
      .where('email_confirmed_at', 'is not', null)
      .executeTakeFirst();
    return r?.email_address ?? null;
  }

  async deleteForPerson(sub: string): Promise<void> {
    await this.#db.deleteFrom('alert_emails').where('person_sub', '=', sub).execute();
  }
}
