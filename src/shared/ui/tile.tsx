// DSFR tile: a whole-card link (the enlarged link makes the full tile clickable).
import '@gouvfr/dsfr/dist/component/tile/tile.main.min.css';
import { Link } from 'react-router';

export interface TileProps {
  readonly title: string;
  readonly description?: string;
  readonly to: string;
  readonly headingLevel?: 2 | 3 | 4;
}

export function Tile({ title, description, to, headingLevel = 3 }: TileProps) {
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="fr-tile fr-enlarge-link">
      <div className="fr-tile__body">
        <div className="fr-tile__content">
          <Heading className="fr-tile__title">
            <Link to={to}>{title}</Link>
          </Heading>
          {description ? <p className="fr-tile__desc">{description}</p> : null}
        </div>
      </div>
    </div>
  );
}
