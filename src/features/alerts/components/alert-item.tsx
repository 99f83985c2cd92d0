// One alert in the inbox or on its own page: category, read state, due date written for people,
// one clear action, the read/archive tools and the delivery log.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { alertHref, type AlertView } from '../../../shared/contracts/alerts.ts';
import { Badge } from '../../../shared/ui/badge.tsx';
import { ButtonLink } from '../../../shared/ui/button.tsx';
import { formatDay, formatMoment } from '../lib/format.ts';
import { DeliveryLog } from './delivery-log.tsx';
import './alerts.css';

const isExternal = (href: string) => /^https?:\/\//.test(href);

export function AlertItem({
  alert,
  headingLevel,
  linkTitle,
  tools,
}: {
  readonly alert: AlertView;
  readonly headingLevel: 1 | 2;
  /** In the inbox the title leads to the alert's own page. */
  readonly linkTitle: boolean;
  readonly tools?: ReactNode;
}) {
  const { t, i18n } = useTranslation(['alerts', 'common']);
  const id = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const unread = alert.readAt === null;
  return (
    <article
      className="alerts-item"
      data-unread={unread}
      data-alert={alert.id}
      aria-labelledby={`${id}-title`}
    >
      <Heading id={`${id}-title`}>
        {linkTitle ? <Link to={alertHref(alert.id)}>{alert.title}</Link> : alert.title}
      </Heading>
      <div className="alerts-item__meta">
        <Badge label={t(`category.${alert.category}`)} severity="info" />
        <Badge
          label={unread ? t('alert.unread') : t('alert.read')}
          {...(unread ? { severity: 'new' as const } : {})}
        />
      </div>
      <p>{alert.body}</p>
      {alert.dueDate ? (
        <p className="alerts-due">
          {t('alert.due', { date: formatDay(alert.dueDate, i18n.language) })}
        </p>
      ) : null}
      <p>
        {t('alert.created', { date: formatMoment(alert.createdAt, i18n.language) })}
        {alert.archivedAt !== null
          ? ` · ${t('alert.archivedOn', { date: formatMoment(alert.archivedAt, i18n.language) })}`
          : null}
      </p>
      <ButtonLink
        to={alert.action.href}
        {...(isExternal(alert.action.href)
          ? { external: { title: `${alert.action.label} - ${t('common:newWindow')}` } }
          : {})}
      >
        {alert.action.label}
      </ButtonLink>
      {tools}
      <DeliveryLog deliveries={alert.deliveries} headingId={`${id}-deliveries`} />
    </article>
  );
}
