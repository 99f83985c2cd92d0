// The tables of what the person sends through the portal: supporting documents, procedures,
// messages. Declared here (Kysely `withTables`) so that they stay with the code that owns them.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface DocumentsTable {
  id: string;
  user_sub: string;
  /** The file name as the person chose it, cleaned; never used as a path. */
  name: string;
  type: string;
  size: number;
  sha256: string;
  created_at: number;
}

export interface ProceduresTable {
  id: string;
  user_sub: string;
  client_ref: string;
  procedure: string;
  organisation: string;
  /** JSON: { values, documents: [{ id, name, type, sha256 }] } as sent to the organisation. */
  payload: string;
  status: string;
  reference: string | null;
  attempts: number;
  created_at: number;
  updated_at: number;
}

export interface MessageThreadsTable {
  id: string;
  user_sub: string;
  organisation: string;
  subject: string;
  reference: string | null;
  updated_at: number;
}

export interface MessagesTable {
  id: string;
  thread_id: string;
  author: string;
  text: string;
  /** JSON array of { id, name }. */
  documents: string;
  at: number;
}

// A type alias (not an interface) so that it meets withTables' record constraint.
export type PersonFilesTables = {
  documents: DocumentsTable;
  procedures: ProceduresTable;
  message_threads: MessageThreadsTable;
  messages: MessagesTable;
};

export type FilesDb = Kysely<Database & PersonFilesTables>;

export const filesDb = (db: Kysely<Database>): FilesDb => db.withTables<PersonFilesTables>();
