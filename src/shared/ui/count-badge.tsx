// A small count after a link's text ("3"), read as a whole sentence ("3 alertes non lues").
import '@gouvfr/dsfr/dist/component/badge/badge.main.min.css';

export function CountBadge({ count, label }: { readonly count: number; readonly label: string }) {
  return (
    <span
      className="fr-badge fr-badge--sm fr-badge--new fr-badge--no-icon fr-ml-1w"
      data-testid="unread-count"
    >
      <span aria-hidden="true">{count}</span>
      <span className="fr-sr-only">{` ${label}`}</span>
    </span>
  );
}
