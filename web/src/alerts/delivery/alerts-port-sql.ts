// The alerts side of the delivery, over the alerts tables and repository (web/src/alerts): an
// alert by its id, the person's alerts and preferences as they are at send time.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AlertRepository } from '../repository.ts';
import type { AlertsPort, DeliverableAlert } from './port.ts';
import { alertCategory } from '../../../../src/shared/contracts/alerts.ts';

export function sqlAlertsPort(
  db: Kysely<Database>,
  repo: AlertRepository,
  run: (sub: string, now: number) => Promise<unknown>,
  now: () => number,
): AlertsPort {
  const deliverable = (a: {
    id: string;
    personSub: string;
    category: string;
    title: string;
    body: string;
    validUntil: string;
    action: { label: string; href: string };
  }): DeliverableAlert | null => {
    const category = alertCategory.safeParse(a.category);
    return category.success ? { ...a, category: category.data } : null;
  };
  return {
    async get(id) {
      const r = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) return null;
      return deliverable({
        id: r.id,
        personSub: r.user_sub,
        category: r.category,
        title: r.title,
        body: r.body,
        validUntil: r.valid_until,
        action: { label: r.action_label, href: r.action_href },
      });
    },
    async forPerson(sub) {
      const alerts = await repo.forPerson(sub);
      return alerts.map(deliverable).filter((a) => a !== null);
    },
    async matrix(sub) {
      return (await repo.getPreferences(sub)).matrix;
    },
    async setChannel(sub, category, channel, on) {
      const { matrix } = await repo.getPreferences(sub);
      await repo.putPreferences(
        sub,
        { ...matrix, [category]: { ...matrix[category], [channel]: on } },
        now(),
      );
    },
    runSources: run,
  };
}
