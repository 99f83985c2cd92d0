// Mandates and their consent links in the database. A consent link is single-use (consumed in
// the same transaction that records the consent) and bound to the first person who opens it.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { MANDATE_DOMAINS } from '../../../src/shared/contracts/assisted.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { AssistedMandatesTable, Database } from '../db/schema.ts';
import { randomToken } from '../auth/sessions.ts';
import type { MandateRecord } from './rules.ts';

const domainsJson = z.array(z.enum(MANDATE_DOMAINS));
const identityJson = z.object({
  sub: z.string(),
  given_name: z.string(),
  family_name: z.string(),
  birthdate: z.string(),
  gender: z.string(),
  birthplace: z.string(),
  birthcountry: z.string(),
  email: z.string(),
  acr: z.string(),
});

function toRecord(r: Selectable<AssistedMandatesTable>): MandateRecord {
  const identity = r.person_identity ? identityJson.safeParse(JSON.parse(r.person_identity)) : null;
  return {
    id: r.id,
    siret: r.siret,
    structureName: r.structure_name,
    agent: { sub: r.agent_sub, givenName: r.agent_given_name, usualName: r.agent_usual_name },
    domains: domainsJson.parse(JSON.parse(r.domains)),
    durationDays: r.duration_days,
    createdAt: r.created_at,
    endsAt: r.ends_at,
    renews: r.renews,
    person:
      r.person_sub !== null
        ? {
            sub: r.person_sub,
            givenName: r.person_given_name ?? '',
            familyName: r.person_family_name ?? '',
          }
        : null,
    identity: identity?.success ? identity.data : null,
    consentedAt: r.consented_at,
    consentSummaryHash: r.consent_summary_hash,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by === 'personne' || r.revoked_by === 'structure' ? r.revoked_by : null,
    expiryLogged: r.expiry_logged === 1,
  };
}

export interface NewMandate {
  readonly siret: string;
  readonly structureName: string;
  readonly agent: MandateRecord['agent'];
  readonly domains: MandateRecord['domains'];
  readonly durationDays: number;
  readonly endsAt: number;
  readonly renews: string | null;
  /** A renewal: only this person may consent. */
  readonly personSub: string | null;
}

export interface ConsentLink {
  readonly token: string;
  readonly mandateId: string;
  readonly expiresAt: number;
  readonly boundSub: string | null;
  readonly usedAt: number | null;
}

export class MandatesRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(m: NewMandate, now: number, consentMs: number) {
    const id = randomUUID();
    const token = randomToken();
    const expiresAt = now + consentMs;
    await this.#db.transaction().execute(async (tx) => {
      await tx
        .insertInto('assisted_mandates')
        .values({
          id,
          siret: m.siret,
          structure_name: m.structureName,
          agent_sub: m.agent.sub,
          agent_given_name: m.agent.givenName,
          agent_usual_name: m.agent.usualName,
          domains: JSON.stringify([...new Set(m.domains)]),
          duration_days: m.durationDays,
          created_at: now,
          ends_at: m.endsAt,
          renews: m.renews,
          person_sub: null,
          person_given_name: null,
          person_family_name: null,
          person_identity: null,
          consented_at: null,
          consent_summary_hash: null,
          revoked_at: null,
          revoked_by: null,
        })
        .execute();
      await tx
        .insertInto('assisted_consent_tokens')
        .values({
          token,
          mandate_id: id,
          expires_at: expiresAt,
          bound_sub: m.personSub,
          used_at: null,
        })
        .execute();
    });
    return { id, token, expiresAt };
  }

  async get(id: string): Promise<MandateRecord | undefined> {
    const r = await this.#db
      .selectFrom('assisted_mandates')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toRecord(r);
  }

  async forStructure(siret: string): Promise<MandateRecord[]> {
    const rows = await this.#db
      .selectFrom('assisted_mandates')
      .selectAll()
      .where('siret', '=', siret)
      .orderBy('created_at', 'desc')
      .limit(500)
      .execute();
    return rows.map(toRecord);
  }

  async forPerson(sub: string): Promise<MandateRecord[]> {
    const rows = await this.#db
      .selectFrom('assisted_mandates')
      .selectAll()
      .where('person_sub', '=', sub)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toRecord);
  }

  async link(token: string): Promise<ConsentLink | undefined> {
    if (token.length > 100) return undefined;
    const r = await this.#db
      .selectFrom('assisted_consent_tokens')
      .selectAll()
      .where('token', '=', token)
      .executeTakeFirst();
    return (
      r && {
        token: r.token,
        mandateId: r.mandate_id,
        expiresAt: r.expires_at,
        boundSub: r.bound_sub,
        usedAt: r.used_at,
      }
    );
  }

  /** The live link of a pending mandate (to show its QR code again). */
  async pendingLink(mandateId: string, now: number): Promise<string | null> {
    const r = await this.#db
      .selectFrom('assisted_consent_tokens')
      .select('token')
      .where('mandate_id', '=', mandateId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return r?.token ?? null;
  }

  /** Binds the link to this person unless someone else opened it first; true when it is theirs. */
  async bind(token: string, sub: string): Promise<boolean> {
    await this.#db
      .updateTable('assisted_consent_tokens')
      .set({ bound_sub: sub })
      .where('token', '=', token)
      .where('bound_sub', 'is', null)
      .execute();
    return (await this.link(token))?.boundSub === sub;
  }

  /** Uses the link once and records the consent; false when it was already used. */
  async consent(
    token: string,
    mandateId: string,
    person: SessionUser,
    hash: string,
    now: number,
  ): Promise<boolean> {
    return this.#db.transaction().execute(async (tx) => {
      const used = await tx
        .updateTable('assisted_consent_tokens')
        .set({ used_at: now, bound_sub: person.sub })
        .where('token', '=', token)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (used.numUpdatedRows !== 1n) return false;
      await tx
        .updateTable('assisted_mandates')
        .set({
          person_sub: person.sub,
          person_given_name: person.given_name,
          person_family_name: person.family_name,
          person_identity: JSON.stringify(person),
          consented_at: now,
          consent_summary_hash: hash,
        })
        .where('id', '=', mandateId)
        .execute();
      return true;
    });
  }

  /** Revokes once; false when it already was. */
  async revoke(id: string, by: 'personne' | 'structure', now: number): Promise<boolean> {
    const r = await this.#db
      .updateTable('assisted_mandates')
      .set({ revoked_at: now, revoked_by: by })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return r.numUpdatedRows === 1n;
  }

  /** True the first time only: the journal gets one "expired" line per mandate. */
  async markExpiryLogged(id: string): Promise<boolean> {
    const r = await this.#db
      .updateTable('assisted_mandates')
      .set({ expiry_logged: 1 })
      .where('id', '=', id)
      .where('expiry_logged', '=', 0)
      .executeTakeFirst();
    return r.numUpdatedRows === 1n;
  }

  /** Erasure: the identity the organisations matched on is forgotten (the trace stays). */
  async forgetIdentity(sub: string): Promise<void> {
    await this.#db
      .updateTable('assisted_mandates')
      .set({ person_identity: null })
      .where('person_sub', '=', sub)
      .execute();
  }
}
