// DSFR notice: a full-width information band under the header (offline, new version…).
import '@gouvfr/dsfr/dist/component/notice/notice.main.min.css';
import type { ReactNode } from 'react';

export function Banner({
  title,
  children,
}: {
  readonly title: string;
  readonly children?: ReactNode;
}) {
  return (
    <div className="fr-notice fr-notice--info">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p>
            <span className="fr-notice__title">{title}</span>
            {children ? <span className="fr-notice__desc">{children}</span> : null}
          </p>
        </div>
      </div>
    </div>
  );
}

/** The same band with actions (buttons) after the text. */
export function ActionBanner({
  text,
  actions,
}: {
  readonly text: string;
  readonly actions: ReactNode;
}) {
  return (
    <div className="fr-notice fr-notice--info">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p className="fr-notice__title">{text}</p>
          <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1w">
            {actions}
          </div>
        </div>
      </div>
    </div>
  );
}
