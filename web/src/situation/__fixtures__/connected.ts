// A person's dashboard data as the real connectors answer it from the sandbox, and small edits
// of it ("as if CAF did not pay the AF"), for the situation and possible-rights tests.
import { randomUUID } from 'node:crypto';
import type { RightsResponse } from '../../../../src/shared/contracts/rights.ts';
import { parseConnectorConfig } from '../../connectors/config.ts';
import { connectors } from '../../connectors/registry.ts';
import { RightsService } from '../../connectors/service.ts';
import { buildTransports } from '../../connectors/transports.ts';
import { ConnectorCacheRepository } from '../../db/connector-cache.ts';
import type { Db } from '../../db/database.ts';
import { findPersonById } from '../../demo/people.ts';

/** 20 November 2026, inside the demo's current month. */
export const NOW = Date.UTC(2026, 10, 20, 9);

export async function connectedRights(
  db: Db,
  personId: string,
  faults = '',
): Promise<RightsResponse> {
  const person = findPersonById(personId);
  if (!person) throw new Error(`unknown demo person ${personId}`);
  const c = parseConnectorConfig({ CONNECTOR_FAULTS: faults });
  if (!c.ok) throw new Error('connector configuration');
  const service = new RightsService({
    connectors,
    transports: buildTransports(c.value),
    cache: new ConnectorCacheRepository(db.db),
    // Long enough for a loaded machine, short enough for the fault that never answers.
    config: { ...c.value, timeoutMs: 1000, retries: 0 },
    now: () => NOW,
  });
  // A fresh sub each time: no cached answer from an earlier test.
  return service.forPerson({ ...person.claims, sub: randomUUID() });
}

/** The same answers without one right (or status flag) anywhere. */
export function without(r: RightsResponse, id: string): RightsResponse {
  return {
    ...r,
    organisations: r.organisations.map((b) =>
      b.record
        ? {
            ...b,
            record: {
              ...b.record,
              rights: b.record.rights.filter((x) => x.id !== id),
              flags: b.record.flags.filter((f) => f !== id),
            },
          }
        : b,
    ),
  };
}
