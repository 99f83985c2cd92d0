// How a person arranged their dashboard: cards pinned to the top (in their order) and cards
// hidden. Card ids are the dashboard's own (`situation`, `org:caf`, `resources`…).
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { readJson } from './json-column.ts';
import type { Database } from './schema.ts';

export const cardId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(:[a-z0-9-]+)?$/, 'identifiant de carte invalide')
  .max(60);
const cardList = z.array(cardId).max(50);

export const dashboardPreferences = z
  .object({ pinned: cardList, hidden: cardList })
  .refine((p) => !p.pinned.some((id) => p.hidden.includes(id)), {
    error: 'une carte ne peut pas être à la fois épinglée et masquée',
  });
export type DashboardPreferences = z.infer<typeof dashboardPreferences>;

export const NO_PREFERENCES: DashboardPreferences = { pinned: [], hidden: [] };

export class PreferencesRepository {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(sub: string): Promise<DashboardPreferences & { updatedAt?: number }> {
    const row = await this.#db
      .selectFrom('preferences')
      .selectAll()
      .where('user_sub', '=', sub)
      .executeTakeFirst();
    if (!row) return NO_PREFERENCES;
    const pinned = readJson(cardList, row.pinned) ?? [];
    const hidden = readJson(cardList, row.hidden) ?? [];
    return { pinned, hidden, updatedAt: row.updated_at };
  }

  async set(sub: string, prefs: DashboardPreferences, now: number): Promise<void> {
    const p = dashboardPreferences.parse(prefs);
    const values = {
      pinned: JSON.stringify([...new Set(p.pinned)]),
      hidden: JSON.stringify([...new Set(p.hidden)]),
      updated_at: now,
    };
    await this.#db
      .insertInto('preferences')
      .values({ user_sub: sub, ...values })
      .onConflict((oc) => oc.column('user_sub').doUpdateSet(values))
      .execute();
  }

  async delete(sub: string): Promise<void> {
    await this.#db.deleteFrom('preferences').where('user_sub', '=', sub).execute();
  }
}
