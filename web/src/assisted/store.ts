// The assisted mode's repositories, built once with the server's services.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { JournalRepository } from './journal.ts';
import { MandatesRepository } from './mandates-repo.ts';
import { SharesRepository } from './shares.ts';

export interface AssistedStore {
  readonly mandates: MandatesRepository;
  readonly journal: JournalRepository;
  readonly shares: SharesRepository;
}

export const assistedStore = (db: Kysely<Database>): AssistedStore => ({
  mandates: new MandatesRepository(db),
  journal: new JournalRepository(db),
  shares: new SharesRepository(db),
});
