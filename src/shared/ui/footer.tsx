// DSFR footer with the mandatory links (accessibility status, legal notice, personal data,
// site map) and the display settings button.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BrandLogo } from './brand.tsx';
import { ExternalAnchor } from './external-link.tsx';

export interface FooterLink {
  readonly to: string;
  readonly label: string;
}

export interface FooterProps {
  readonly operatorLines: readonly string[];
  readonly homeTitle: string;
  readonly description: string;
  readonly partners: readonly {
    readonly href: string;
    readonly label: string;
    readonly title: string;
  }[];
  readonly bottomLinks: readonly FooterLink[];
  readonly bottomExtra?: ReactNode;
  readonly licence: ReactNode;
}

export function Footer(props: FooterProps) {
  return (
    <footer className="fr-footer" id="footer">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link to="/" title={props.homeTitle}>
              <BrandLogo lines={props.operatorLines} />
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{props.description}</p>
            <ul className="fr-footer__content-list">
              {props.partners.map((p) => (
                <li className="fr-footer__content-item" key={p.href}>
                  <ExternalAnchor
                    className="fr-footer__content-link"
                    href={p.href}
                    label={p.label}
                    title={p.title}
                  >
                    {p.label}
                  </ExternalAnchor>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            {props.bottomLinks.map((l) => (
              <li className="fr-footer__bottom-item" key={l.to}>
                <Link className="fr-footer__bottom-link" to={l.to}>
                  {l.label}
                </Link>
              </li>
            ))}
            {props.bottomExtra ? (
              <li className="fr-footer__bottom-item">{props.bottomExtra}</li>
            ) : null}
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>{props.licence}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** A footer-styled button (e.g. "Paramètres d'affichage"). */
export function FooterButton({
  children,
  onClick,
  controls,
}: {
  readonly children: ReactNode;
  readonly onClick: () => void;
  readonly controls: string;
}) {
  return (
    <button
      type="button"
      className="fr-footer__bottom-link fr-icon-theme-fill fr-btn--icon-left"
      aria-controls={controls}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
