// DSFR skip links: the first focusable elements of every page (RGAA 12.7).
export interface SkipLink {
  readonly href: string;
  readonly label: string;
}

export function SkipLinks({
  label,
  links,
}: {
  readonly label: string;
  readonly links: readonly SkipLink[];
}) {
  return (
    <div className="fr-skiplinks">
      <nav className="fr-container" aria-label={label}>
        <ul className="fr-skiplinks__list">
          {links.map((l) => (
            <li key={l.href}>
              <a className="fr-link" href={l.href}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
