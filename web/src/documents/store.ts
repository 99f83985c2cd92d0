// Supporting documents: the bytes on disk under one directory, named by a random id (never by
// the person's file name), the metadata in the database. An upload is streamed to a temporary
// file while its size is counted and its first bytes checked, then renamed: a refused or cut
// upload leaves nothing behind.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type {
  DocumentError,
  DocumentType,
  DocumentView,
} from '../../../src/shared/contracts/documents.ts';
import type { Database } from '../db/schema.ts';
import type { DocumentConfig } from './config.ts';
import { claimedType, cleanName, sniff, SNIFF_BYTES } from './magic.ts';
import { filesDb, type DocumentsTable, type FilesDb } from './tables.ts';

/** One person keeps at most this many documents. */
export const MAX_DOCUMENTS = 50;

export class UploadRefused extends Error {
  override name = 'UploadRefused';
  readonly code: DocumentError;
  constructor(code: DocumentError) {
    super(code);
    this.code = code;
  }
}

/** The upload stopped before its end (connection cut, malformed multipart body). */
export class UploadInterrupted extends Error {
  override name = 'UploadInterrupted';
}

export interface StoredDocument extends DocumentView {
  readonly sha256: string;
}

/** Counts and checks bytes as they pass; fails the stream at the first byte too many. */
function checker(maxBytes: number, claimed: DocumentType | undefined) {
  let size = 0;
  let head = Buffer.alloc(0);
  let type: DocumentType | undefined;
  const hash = createHash('sha256');
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (type === undefined && head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk]);
        if (head.length >= SNIFF_BYTES) type = sniff(head);
      }
      const refusal =
        size > maxBytes
          ? 'too-large'
          : head.length >= SNIFF_BYTES && !type
            ? 'wrong-type'
            : claimed && type && claimed !== type
              ? 'mismatch'
              : undefined;
      if (refusal) {
        done(new UploadRefused(refusal));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return {
    stream,
    result(): { size: number; type: DocumentType; sha256: string } {
      if (size === 0) throw new UploadRefused('empty');
      type ??= sniff(head); // files shorter than SNIFF_BYTES
      if (!type) throw new UploadRefused('wrong-type');
      if (claimed && claimed !== type) throw new UploadRefused('mismatch');
      return { size, type, sha256: hash.digest('hex') };
    },
  };
}

const view = (r: DocumentsTable): StoredDocument => ({
  id: r.id,
  name: r.name,
  type: r.type as DocumentType,
  size: r.size,
  createdAt: r.created_at,
  sha256: r.sha256,
});

export class DocumentStore {
  readonly #db: FilesDb;
  readonly config: DocumentConfig;
  readonly #now: () => number;
  readonly #dialect: 'sqlite' | 'postgres';
  constructor(db: Kysely<Database>, config: DocumentConfig, now: () => number = Date.now) {
    this.#db = filesDb(db);
    this.config = config;
    this.#now = now;
    this.#dialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  }

  pathOf(id: string): string {
    return path.join(this.config.dir, id);
  }

  async save(sub: string, name: string, body: Readable): Promise<StoredDocument> {
    const { n } = await this.#db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_sub', '=', sub)
      .executeTakeFirstOrThrow();
    if (n >= MAX_DOCUMENTS) {
      body.resume();
      throw new UploadRefused('too-many');
    }
    const id = randomUUID();
    const clean = cleanName(name);
    const check = checker(this.config.maxBytes, claimedType(clean));
    await mkdir(this.config.dir, { recursive: true });
    const part = `${this.pathOf(id)}.part`;
    try {
      await pipeline(
        body,
        check.stream,
        createWriteStream(part, { flags: 'wx', mode: 0o600 }),
      ).catch((error: unknown) => {
        // Not a refusal and not the disk (errors with a syscall): the incoming body was cut.
        if (error instanceof UploadRefused || (error as { syscall?: unknown }).syscall) throw error;
        throw new UploadInterrupted('upload interrupted', { cause: error });
      });
      const r = check.result();
      await rename(part, this.pathOf(id));
      const row = {
        id,
        user_sub: sub,
        name: clean,
        type: r.type,
        size: r.size,
        sha256: r.sha256,
        created_at: this.#now(),
      };
      if (!(await this.#insertWithinLimit(row))) throw new UploadRefused('too-many');
      return view(row);
    } catch (error) {
      body.resume(); // drain what the client still sends, so that the answer reaches it
      await rm(part, { force: true });
      await rm(this.pathOf(id), { force: true });
      throw error;
    }
  }

  /**
   * Inserts the row only while the person has fewer than MAX_DOCUMENTS: the count and the insert
   * are one statement (SQLite has one writer at a time), and on PostgreSQL a lock per person
   * held until the end of the transaction makes parallel uploads wait for each other.
   */
  async #insertWithinLimit(row: DocumentsTable): Promise<boolean> {
    return this.#db.transaction().execute(async (tx) => {
      if (this.#dialect === 'postgres')
        await sql`select pg_advisory_xact_lock(hashtext(${`documents:${row.user_sub}`}))`.execute(
          tx,
        );
      const res = await sql`
        insert into documents (id, user_sub, name, type, size, sha256, created_at)
        select ${row.id}, ${row.user_sub}, ${row.name}, ${row.type}, ${row.size}, ${row.sha256},
               ${row.created_at}
        where (select count(*) from documents where user_sub = ${row.user_sub}) < ${MAX_DOCUMENTS}
      `.execute(tx);
      return res.numAffectedRows === 1n;
    });
  }

  async list(sub: string): Promise<StoredDocument[]> {
    const rows = await this.#db
      .selectFrom('documents')
      .selectAll()
      .where('user_sub', '=', sub)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(view);
  }

  /** The person's own documents among `ids`; someone else's id is simply not found. */
  async owned(sub: string, ids: readonly string[]): Promise<StoredDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.#db
      .selectFrom('documents')
      .selectAll()
      .where('user_sub', '=', sub)
      .where('id', 'in', [...ids])
      .execute();
    return rows.map(view);
  }

  open(id: string): Readable {
    return createReadStream(this.pathOf(id));
  }

  async delete(sub: string, id: string): Promise<boolean> {
    const res = await this.#db
      .deleteFrom('documents')
      .where('user_sub', '=', sub)
      .where('id', '=', id)
      .executeTakeFirst();
    if (res.numDeletedRows === 0n) return false;
    await rm(this.pathOf(id), { force: true });
    return true;
  }

  async deleteForUser(sub: string): Promise<void> {
    for (const d of await this.list(sub)) await this.delete(sub, d.id);
  }
}
