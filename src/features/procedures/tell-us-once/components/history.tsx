// The person's past declarations, newest first, each with its receipts.
import { useTranslation } from 'react-i18next';
import { Section } from '../../../../shared/ui/page.tsx';
import { useDeclarations } from '../api/queries.ts';
import { formatTime } from '../utils/format.ts';
import { ChangeSummary } from './change-summary.tsx';
import { DeliveryList } from './delivery-list.tsx';

export function History() {
  const { t, i18n } = useTranslation('procedures-tell-us-once');
  const lang = i18n.resolvedLanguage ?? 'fr';
  const q = useDeclarations(true);
  return (
    <Section title={t('history.title')}>
      {q.isError ? <p>{t('errors.network')}</p> : null}
      {q.data?.declarations.length === 0 ? <p>{t('history.empty')}</p> : null}
      {q.data?.declarations.map((d) => (
        <article key={d.id}>
          <h3>
            {t('history.declaredOn', {
              kind: t(`history.kinds.${d.kind}`),
              date: formatTime(d.createdAt, lang),
            })}
          </h3>
          <ChangeSummary content={d.payload} />
          <DeliveryList deliveries={d.deliveries} />
        </article>
      ))}
    </Section>
  );
}
