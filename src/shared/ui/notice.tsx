// DSFR alert (status messages) and callout (highlighted information such as a disclaimer).
import '@gouvfr/dsfr/dist/component/callout/callout.main.min.css';
import '@gouvfr/dsfr/dist/component/alert/alert.main.min.css';
import type { ReactNode } from 'react';

export interface AlertProps {
  readonly severity: 'info' | 'success' | 'warning' | 'error';
  readonly title?: string;
  readonly children: ReactNode;
  /** Announce to screen readers when it appears (errors, offline). */
  readonly live?: boolean;
}

export function Alert({ severity, title, children, live }: AlertProps) {
  return (
    <div
      className={`fr-alert fr-alert--${severity}${title ? '' : ' fr-alert--sm'}`}
      role={live ? 'alert' : undefined}
    >
      {title ? <h3 className="fr-alert__title">{title}</h3> : null}
      <div>{children}</div>
    </div>
  );
}

export function Callout({
  title,
  children,
}: {
  readonly title?: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="fr-callout">
      {title ? <h3 className="fr-callout__title">{title}</h3> : null}
      <div className="fr-callout__text">{children}</div>
    </div>
  );
}
