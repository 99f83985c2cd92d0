// What the person sends through the portal (documents, procedures, messages), built once at
// start and shared by their routes and by "Mes données" (export and erasure).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Deliver } from '../jobs/outbox.ts';
import type { DocumentConfig } from './config.ts';
import { MessagesRepository } from './messages-repo.ts';
import { ProceduresRepository } from './procedures-repo.ts';
import { DocumentStore } from './store.ts';

export interface PersonFiles {
  readonly documents: DocumentStore;
  readonly procedures: ProceduresRepository;
  readonly messages: MessagesRepository;
  /** Sends a procedure or a message to its organisation (sandbox or partner API). */
  readonly deliver: Deliver;
}

export function personFiles(db: Kysely<Database>, config: DocumentConfig, deliver: Deliver) {
  return {
    documents: new DocumentStore(db, config),
    procedures: new ProceduresRepository(db),
    messages: new MessagesRepository(db),
    deliver,
  } satisfies PersonFiles;
}

/** Everything for "Mes données": the export, then the erasure (files removed from disk too). */
export async function exportPersonFiles(f: PersonFiles, sub: string) {
  const [documents, procedures, threads] = await Promise.all([
    f.documents.list(sub),
    f.procedures.list(sub),
    f.messages.threads(sub),
  ]);
  return {
    documents: { source: 'Vous (« Mes justificatifs »)', items: documents },
    procedures: { source: 'Vous (« Mes démarches »)', items: procedures },
    messages: { source: 'Vous et les organismes (« Contacter un organisme »)', items: threads },
  };
}

export async function erasePersonFiles(f: PersonFiles, sub: string) {
  await f.documents.deleteForUser(sub);
  await f.procedures.deleteForUser(sub);
  await f.messages.deleteForUser(sub);
}
