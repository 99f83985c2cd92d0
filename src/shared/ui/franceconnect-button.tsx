// The FranceConnect button as its charter requires, plus the "what is FranceConnect" link.
import '@gouvfr/dsfr/dist/component/connect/connect.main.min.css';
import { ExternalAnchor } from './external-link.tsx';

export interface FranceConnectButtonProps {
  readonly href: string;
  readonly label: string;
  readonly infoLabel: string;
  readonly newWindowLabel: string;
}

export function FranceConnectButton({
  href,
  label,
  infoLabel,
  newWindowLabel,
}: FranceConnectButtonProps) {
  const cut = label.lastIndexOf(' ');
  const first = label.slice(0, cut);
  const brand = label.slice(cut + 1);
  return (
    <div className="fr-connect-group">
      <a className="fr-connect" href={href}>
        <span className="fr-connect__login">{first}</span>{' '}
        <span className="fr-connect__brand">{brand}</span>
      </a>
      <p>
        <ExternalAnchor
          href="https://franceconnect.gouv.fr/"
          label={infoLabel}
          title={`${infoLabel} - ${newWindowLabel}`}
        >
          {infoLabel}
        </ExternalAnchor>
      </p>
    </div>
  );
}
