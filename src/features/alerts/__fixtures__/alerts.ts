import type { AlertView, PreferencesResponse } from '../../../shared/contracts/alerts.ts';
import { DEFAULT_PREFERENCES } from '../../../shared/contracts/alerts.ts';

const at = (iso: string) => Date.parse(iso);

export const declaration: AlertView = {
  id: 'deadline:trimestrielle:2026-12',
  category: 'deadline',
  title: 'Déclaration trimestrielle de ressources',
  body: 'Déclarez vos ressources de septembre à novembre 2026 pour garder votre prime d’activité.',
  dueDate: '2027-01-15',
  validUntil: '2027-01-15',
  action: { label: 'Faire ma déclaration', href: '/demarches' },
  createdAt: at('2026-12-03T08:00:00Z'),
  readAt: null,
  archivedAt: null,
  deliveries: [
    { channel: 'inapp', status: 'sent', at: at('2026-12-03T08:00:00Z') },
    { channel: 'push', status: 'failed', at: at('2026-12-03T08:01:00Z') },
    { channel: 'email', status: 'unsubscribed', at: at('2026-12-03T08:01:00Z') },
  ],
};

export const payment: AlertView = {
  id: 'change:paiement:2026-12',
  category: 'change',
  title: 'Un paiement a été fait',
  body: 'La CAF a versé votre prime d’activité.',
  dueDate: null,
  validUntil: '2027-01-31',
  action: { label: 'Voir mes droits', href: '/droits' },
  createdAt: at('2026-12-01T09:00:00Z'),
  readAt: at('2026-12-01T10:00:00Z'),
  archivedAt: null,
  deliveries: [{ channel: 'inapp', status: 'queued', at: at('2026-12-01T09:00:00Z') }],
};

export const preferences: PreferencesResponse = {
  matrix: DEFAULT_PREFERENCES,
  email: { address: null, confirmed: false },
};
