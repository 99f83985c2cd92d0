// DSFR download link: the file's name, then its format (RGAA 13.3: say what will be downloaded).
import '@gouvfr/dsfr/dist/component/link/link.main.min.css';

export interface DownloadLinkProps {
  readonly href: string;
  readonly label: string;
  /** e.g. "PDF" or "JSON". */
  readonly detail: string;
  readonly fileName?: string;
}

export function DownloadLink({ href, label, detail, fileName }: DownloadLinkProps) {
  return (
    <a className="fr-link fr-link--download" href={href} download={fileName ?? true}>
      {label} <span className="fr-link__detail">{detail}</span>
    </a>
  );
}
