// Conversations with an organisation: a thread per subject, the person's messages and the
// organisation's answers in order. Attached documents are kept by id and name (the name stays
// readable in the thread even after the document itself is deleted).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MessageThread } from '../../../src/shared/contracts/messages.ts';
import type { Database } from '../db/schema.ts';
import { filesDb, type FilesDb } from './tables.ts';

type Attached = readonly { id: string; name: string }[];

export class MessagesRepository {
  readonly #db: FilesDb;
  constructor(db: Kysely<Database>) {
    this.#db = filesDb(db);
  }

  async createThread(
    t: { userSub: string; organisation: string; subject: string },
    now: number,
  ): Promise<string> {
    const id = randomUUID();
    await this.#db
      .insertInto('message_threads')
      .values({
        id,
        user_sub: t.userSub,
        organisation: t.organisation,
        subject: t.subject,
        reference: null,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Adds a message; with an `id` given, adding it a second time changes nothing. */
  async add(
    threadId: string,
    m: { author: 'me' | 'organisation'; text: string; documents: Attached },
    now: number,
    id: string = randomUUID(),
  ): Promise<string> {
    await this.#db
      .insertInto('messages')
      .values({
        id,
        thread_id: threadId,
        author: m.author,
        text: m.text,
        documents: JSON.stringify(m.documents),
        at: now,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await this.#db
      .updateTable('message_threads')
      .set({ updated_at: now })
      .where('id', '=', threadId)
      .execute();
    return id;
  }

  async exists(id: string): Promise<boolean> {
    const r = await this.#db
      .selectFrom('messages')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return r !== undefined;
  }

  async setReference(threadId: string, reference: string) {
    await this.#db
      .updateTable('message_threads')
      .set({ reference })
      .where('id', '=', threadId)
      .where('reference', 'is', null)
      .execute();
  }

  async threads(sub: string): Promise<MessageThread[]> {
    const threads = await this.#db
      .selectFrom('message_threads')
      .selectAll()
      .where('user_sub', '=', sub)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .execute();
    if (threads.length === 0) return [];
    const messages = await this.#db
      .selectFrom('messages')
      .selectAll()
      .where(
        'thread_id',
        'in',
        threads.map((t) => t.id),
      )
      .orderBy('at')
      .orderBy('id')
      .execute();
    return threads.map((t) => ({
      id: t.id,
      organisation: t.organisation as MessageThread['organisation'],
      subject: t.subject,
      reference: t.reference,
      updatedAt: t.updated_at,
      messages: messages
        .filter((m) => m.thread_id === t.id)
        .map((m) => ({
          id: m.id,
          from: m.author === 'organisation' ? ('organisation' as const) : ('me' as const),
          text: m.text,
          documents: JSON.parse(m.documents) as { id: string; name: string }[],
          at: m.at,
        })),
    }));
  }

  async deleteForUser(sub: string) {
    const ids = this.#db.selectFrom('message_threads').select('id').where('user_sub', '=', sub);
    await this.#db.deleteFrom('messages').where('thread_id', 'in', ids).execute();
    await this.#db.deleteFrom('message_threads').where('user_sub', '=', sub).execute();
  }
}
