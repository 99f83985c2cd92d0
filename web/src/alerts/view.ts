import type { AlertDelivery, AlertView } from '../../../src/shared/contracts/alerts.ts';
import type { StoredAlert } from './types.ts';

export const alertView = (
  a: StoredAlert,
  deliveries: readonly AlertDelivery[] = [],
): AlertView => ({
  id: a.id,
  category: a.category,
  title: a.title,
  body: a.body,
  dueDate: a.dueDate,
  validUntil: a.validUntil,
  action: { label: a.action.label, href: a.action.href },
  createdAt: a.createdAt,
  readAt: a.readAt,
  archivedAt: a.archivedAt,
  deliveries: [...deliveries],
});
