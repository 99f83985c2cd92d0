// Runs every alert source for one person and records what is new. Called when the person reads
// the inbox (at most once an hour, see routes.ts) and by the delivery scheduler. The same fact
// always gives the same id, so a second run — or a second process — records nothing again.
import type { RightsResponse } from '../../../../src/shared/contracts/rights.ts';
import type { PersonIdentity } from '../../connectors/types.ts';
import type { Services } from '../../services.ts';
import { parisDay } from '../calendar.ts';
import { alertId } from '../id.ts';
import type { Alert } from '../types.ts';
import { changeSources, snapshotOf, readSnapshot } from './changes.ts';
import { deadlineSources } from './deadlines.ts';
import { informationSource } from './information.ts';
import { loadMandates, loadProcedures } from './load.ts';
import { revaluationSource, unclaimedSource } from './revaluation.ts';
import type { AlertDraft, Source, SourceInput } from './types.ts';

export type { AlertDraft, Source, SourceInput } from './types.ts';

export const SOURCES: readonly Source[] = [
  ...deadlineSources,
  ...changeSources,
  revaluationSource,
  unclaimedSource,
  informationSource,
];

/** Every source's drafts, as alerts with their ids, leaving out those already expired. */
export function evaluate(input: SourceInput, now: number): Alert[] {
  const drafts: AlertDraft[] = SOURCES.flatMap((s) => s(input));
  return drafts
    .filter((d) => d.validUntil >= input.today)
    .map((d) => ({
      id: alertId(d.source, input.personSub, d.fact),
      personSub: input.personSub,
      source: d.source,
      category: d.category,
      title: d.title,
      body: d.body,
      dueDate: d.dueDate,
      validUntil: d.validUntil,
      action: d.action,
      createdAt: now,
    }));
}

function isPerson(v: unknown): v is PersonIdentity {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return ['sub', 'given_name', 'family_name', 'birthdate'].every((k) => typeof p[k] === 'string');
}

export interface RunOptions {
  /** The session's identity; otherwise the one kept when the person last used the portal. */
  readonly person?: PersonIdentity;
  /** The dashboard's answer when the caller already has it. */
  readonly rights?: RightsResponse;
}

/** Runs the sources for the person; resolves to the alerts recorded for the first time. */
export async function runSources(
  services: Services,
  personSub: string,
  now: number,
  o: RunOptions = {},
): Promise<Alert[]> {
  const stored = o.person ?? (await services.alerts.person(personSub));
  if (!isPerson(stored) || stored.sub !== personSub) return [];
  const rights = o.rights ?? (await services.rights.forPerson(stored));
  const [procedures, mandates, previous, prefs] = await Promise.all([
    loadProcedures(services, personSub),
    loadMandates(services, personSub),
    services.alerts.lastSeen(personSub),
    services.alerts.getPreferences(personSub),
  ]);
  const m = prefs.matrix.information;
  const input: SourceInput = {
    personSub,
    today: parisDay(now),
    rights,
    procedures,
    mandates,
    previous: readSnapshot(previous?.snapshot),
    informationOptIn: m.inapp || m.push || m.email,
  };
  const fresh: Alert[] = [];
  for (const a of evaluate(input, now)) if (await services.alerts.record(a)) fresh.push(a);
  await services.alerts.saveLastSeen(personSub, snapshotOf(input), now);
  return fresh;
}
