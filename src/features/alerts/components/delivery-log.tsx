// Where the alert went and how it went: one line per channel (queued, sent, failed, unsubscribed).
import { useTranslation } from 'react-i18next';
import type { AlertDelivery } from '../../../shared/contracts/alerts.ts';
import { formatMoment } from '../lib/format.ts';

export function DeliveryLog({
  deliveries,
  headingId,
}: {
  readonly deliveries: readonly AlertDelivery[];
  readonly headingId: string;
}) {
  const { t, i18n } = useTranslation('alerts');
  return (
    <div className="alerts-deliveries">
      <p id={headingId} className="alerts-deliveries__title">
        {t('alert.deliveries')}
      </p>
      {deliveries.length === 0 ? (
        <p>{t('alert.noDelivery')}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {deliveries.map((d) => (
            <li key={d.channel} data-channel={d.channel} data-status={d.status}>
              {t('alert.deliveryAt', {
                channel: t(`channel.${d.channel}`),
                status: t(`status.${d.status}`),
                date: formatMoment(d.at, i18n.language),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
