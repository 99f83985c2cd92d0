// The alerts side for the delivery tests: `count` deadline alerts spread over a few persons,
// generated from their number, so that two processes see the same alerts without the alerts
// tables; preferences are kept in memory (per process) from the defaults.
import {
  DEFAULT_PREFERENCES,
  type AlertCategory,
  type AlertChannel,
  type PreferenceMatrix,
} from '../../../../../src/shared/contracts/alerts.ts';
import type { AlertsPort, DeliverableAlert } from '../port.ts';

export const PERSONS = 10;

export function generatedAlert(n: number, validUntil = '2999-12-31'): DeliverableAlert {
  return {
    id: `deadline:${String(n).padStart(4, '0')}`,
    personSub: `person-${n % PERSONS}`,
    category: 'deadline',
    title: `Déclaration trimestrielle n° ${n}`,
    body: 'Déclarez vos ressources du trimestre avant le 5.',
    validUntil,
    action: { label: 'Faire ma déclaration', href: '/demarches/declaration-trimestrielle' },
  };
}

export class GeneratedAlerts implements AlertsPort {
  readonly all: DeliverableAlert[];
  readonly matrices = new Map<string, PreferenceMatrix>();
  readonly sourcesRuns: string[] = [];
  constructor(count: number, extra: readonly DeliverableAlert[] = []) {
    this.all = [...Array.from({ length: count }, (_, n) => generatedAlert(n)), ...extra];
  }

  get(id: string) {
    return Promise.resolve(this.all.find((a) => a.id === id) ?? null);
  }

  forPerson(sub: string) {
    return Promise.resolve(this.all.filter((a) => a.personSub === sub));
  }

  matrix(sub: string) {
    return Promise.resolve(this.matrices.get(sub) ?? DEFAULT_PREFERENCES);
  }

  setChannel(sub: string, category: AlertCategory, channel: AlertChannel, on: boolean) {
    const m = structuredClone(this.matrices.get(sub) ?? DEFAULT_PREFERENCES);
    m[category][channel] = on;
    this.matrices.set(sub, m);
    return Promise.resolve();
  }

  runSources(sub: string) {
    this.sourcesRuns.push(sub);
    return Promise.resolve([]);
  }
}
