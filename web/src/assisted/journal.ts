// The journal of the assisted mode: one line per action (who, which structure, when, under which
// mandate). Append-only: this class has no update and no delete, and no route offers either.
// Kept when the person erases their data (a legal trace of what was done in their name).
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import {
  JOURNAL_ACTIONS,
  MANDATE_DOMAINS,
  type JournalAction,
  type JournalEntry,
  type MandateDomain,
} from '../../../src/shared/contracts/assisted.ts';
import type { AssistedJournalTable, Database } from '../db/schema.ts';

export interface JournalLine {
  readonly action: JournalAction;
  readonly at: number;
  readonly mandateId: string | null;
  readonly person: { sub: string; givenName: string; familyName: string } | null;
  readonly structure: { siret: string; name: string } | null;
  readonly agent: { sub: string; givenName: string; usualName: string } | null;
  readonly domain: MandateDomain | null;
  readonly detail: string | null;
}

const isAction = (a: string): a is JournalAction =>
  (JOURNAL_ACTIONS as readonly string[]).includes(a);
const isDomain = (d: string | null): d is MandateDomain =>
  d !== null && (MANDATE_DOMAINS as readonly string[]).includes(d);

function entryOf(r: Selectable<AssistedJournalTable>, withPerson: boolean): JournalEntry {
  return {
    id: r.id,
    at: r.at,
    action: isAction(r.action) ? r.action : 'mandat-consulte',
    mandateId: r.mandate_id,
    agent:
      r.agent_given_name !== null && r.agent_usual_name !== null
        ? { givenName: r.agent_given_name, usualName: r.agent_usual_name }
        : null,
    structure:
      r.siret !== null && r.structure_name !== null
        ? { siret: r.siret, name: r.structure_name }
        : null,
    domain: isDomain(r.domain) ? r.domain : null,
    detail: r.detail,
    person:
      withPerson && r.person_given_name !== null
        ? { givenName: r.person_given_name, familyName: r.person_family_name ?? '' }
        : null,
  };
}

let sequence = 0;

export class JournalRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async append(l: JournalLine): Promise<void> {
    // Sorts by time, then by this process's sequence (lines of one millisecond keep their order);
    // the random part keeps ids of two processes apart.
    sequence = (sequence + 1) % 1e9;
    const id = `${String(l.at).padStart(15, '0')}-${String(sequence).padStart(9, '0')}-${randomBytes(6).toString('hex')}`;
    await this.#db
      .insertInto('assisted_journal')
      .values({
        id,
        at: l.at,
        action: l.action,
        mandate_id: l.mandateId,
        person_sub: l.person?.sub ?? null,
        person_given_name: l.person?.givenName ?? null,
        person_family_name: l.person?.familyName ?? null,
        siret: l.structure?.siret ?? null,
        structure_name: l.structure?.name ?? null,
        agent_sub: l.agent?.sub ?? null,
        agent_given_name: l.agent?.givenName ?? null,
        agent_usual_name: l.agent?.usualName ?? null,
        domain: l.domain,
        detail: l.detail,
      })
      .execute();
  }

  /** The person's lines: about them, or about a mandate they consented to (its creation too). */
  async forPerson(sub: string): Promise<JournalEntry[]> {
    const rows = await this.#db
      .selectFrom('assisted_journal')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('person_sub', '=', sub),
          eb(
            'mandate_id',
            'in',
            eb.selectFrom('assisted_mandates').select('id').where('person_sub', '=', sub),
          ),
        ]),
      )
      .orderBy('id', 'asc')
      .execute();
    return rows.map((r) => entryOf(r, false));
  }

  /** The structure's lines, for its manager. */
  async forStructure(siret: string, limit = 1000): Promise<JournalEntry[]> {
    const rows = await this.#db
      .selectFrom('assisted_journal')
      .selectAll()
      .where('siret', '=', siret)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => entryOf(r, true));
  }
}
