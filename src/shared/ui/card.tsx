// DSFR card: a titled block whose whole surface follows its link.
import '@gouvfr/dsfr/dist/component/card/card.main.min.css';
import { Link } from 'react-router';

export interface CardProps {
  readonly title: string;
  readonly description: string;
  readonly to: string;
  readonly detail?: string;
  readonly headingLevel?: 2 | 3;
}

export function Card({ title, description, to, detail, headingLevel = 3 }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="fr-card fr-enlarge-link">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <Heading className="fr-card__title">
            <Link to={to}>{title}</Link>
          </Heading>
          <p className="fr-card__desc">{description}</p>
          {detail ? (
            <div className="fr-card__end">
              <p className="fr-card__detail">{detail}</p>
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
