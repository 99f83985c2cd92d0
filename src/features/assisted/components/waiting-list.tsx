// The kiosks' "Demander un conseiller" tickets of the agent's reception area, read again every
// 20 s: "Prendre en charge" takes one (it leaves everyone's list), "Terminé" closes it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';
import { finishTicket, takeTicket, useRefresh, useTickets, type Ticket } from '../api/queries.ts';

const time = (at: number | string, language: string) =>
  new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  }).format(new Date(at));

export function WaitingList({ csrf }: { readonly csrf: string }) {
  const { t, i18n } = useTranslation('assisted');
  const tickets = useTickets();
  const refresh = useRefresh();
  const [taken, setTaken] = useState<Ticket[]>([]);
  const [message, setMessage] = useState<string>();
  const take = (ticket: Ticket) => {
    setMessage(undefined);
    takeTicket(csrf, ticket.id).then(
      () => {
        setTaken((list) => [...list, ticket]);
        void refresh(['assisted', 'tickets']);
      },
      (error: unknown) => {
        setMessage(
          error instanceof ApiError && error.status === 409
            ? t('tickets.alreadyTaken')
            : t('tickets.failed'),
        );
        void refresh(['assisted', 'tickets']);
      },
    );
  };
  const finish = (ticket: Ticket) => {
    finishTicket(csrf, ticket.id).then(
      () => {
        setTaken((list) => list.filter((x) => x.id !== ticket.id));
      },
      () => {
        setMessage(t('tickets.failed'));
      },
    );
  };
  const waiting = (tickets.data?.tickets ?? []).filter((x) => !taken.some((y) => y.id === x.id));
  return (
    <Section title={t('tickets.title')}>
      {message ? (
        <Alert severity="warning" live>
          {message}
        </Alert>
      ) : null}
      {taken.length > 0 ? (
        <ul aria-label={t('tickets.takenLabel')}>
          {taken.map((x) => (
            <li key={x.id}>
              {t('tickets.taken', { number: x.number })}{' '}
              <Button
                priority="secondary"
                onClick={() => {
                  finish(x);
                }}
              >
                {t('tickets.finish')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div role="status">
        {tickets.isPending ? <p>{t('tickets.loading')}</p> : null}
        {tickets.isSuccess && waiting.length === 0 ? <p>{t('tickets.empty')}</p> : null}
      </div>
      {tickets.isError ? <p>{t('tickets.unavailable')}</p> : null}
      {waiting.length > 0 ? (
        <ul aria-label={t('tickets.waitingLabel')}>
          {waiting.map((x) => (
            <li key={x.id} data-testid="ticket">
              {t('tickets.item', {
                number: x.number,
                time: time(x.createdAt, i18n.language),
                reception: x.receptionName,
              })}{' '}
              <Button
                priority="secondary"
                onClick={() => {
                  take(x);
                }}
              >
                {t('tickets.take')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
