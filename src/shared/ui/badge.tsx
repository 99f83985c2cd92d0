// DSFR badge: a short status label ("Éligible", "Pré-rempli").
import '@gouvfr/dsfr/dist/component/badge/badge.main.min.css';
export type BadgeSeverity = 'success' | 'error' | 'info' | 'warning' | 'new';

export function Badge({
  label,
  severity,
}: {
  readonly label: string;
  readonly severity?: BadgeSeverity;
}) {
  return (
    <p className={`fr-badge fr-badge--sm${severity ? ` fr-badge--${severity}` : ''}`}>{label}</p>
  );
}
