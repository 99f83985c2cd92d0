import { alertId } from '../id.ts';
import type { Alert } from '../types.ts';

/** An alert of `sub` about `fact`, with every field filled. */
export function anAlert(sub: string, fact: string, o: Partial<Alert> = {}): Alert {
  return {
    id: alertId('test-source', sub, fact),
    personSub: sub,
    source: 'test-source',
    category: 'deadline',
    title: 'Déclaration trimestrielle de ressources',
    body: 'Déclarez vos ressources.',
    dueDate: '2026-12-15',
    validUntil: '2026-12-15',
    action: { label: 'Faire ma déclaration', href: '/demarches' },
    createdAt: 1_000,
    ...o,
  };
}
