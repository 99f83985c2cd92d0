// "Demander un conseiller": a ticket on the reception area's waiting list, its number shown
// large; without the network, the person is sent to the reception desk instead. One ticket per
// visit (held in memory: the reset drops it).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { kioskConfig } from '../../../shared/lib/device-mode.ts';
import type { KioskTicketResponse } from '../../../shared/contracts/kiosk.ts';
import { BigNumber } from '../../../shared/ui/kiosk.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { requestTicket } from '../api/kiosk-api.ts';

type State =
  { kind: 'waiting' } | { kind: 'ticket'; ticket: KioskTicketResponse } | { kind: 'desk' };

let visitTicket: Promise<KioskTicketResponse | null> | null = null;

function ticketOfThisVisit(token: string): Promise<KioskTicketResponse | null> {
  visitTicket ??= requestTicket(token).then((r) => {
    if (r.ok) return r.value;
    visitTicket = null; // a later try may reach the server
    return null;
  });
  return visitTicket;
}

export function TicketPage() {
  const { t } = useTranslation('kiosk');
  usePageTitle(t('ticket.title'));
  const [state, setState] = useState<State>(() =>
    kioskConfig() && navigator.onLine ? { kind: 'waiting' } : { kind: 'desk' },
  );
  useEffect(() => {
    const config = kioskConfig();
    if (!config || !navigator.onLine) return;
    let live = true;
    void ticketOfThisVisit(config.token).then((ticket) => {
      if (live) setState(ticket ? { kind: 'ticket', ticket } : { kind: 'desk' });
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <PageContainer>
      <PageTitle>{t('ticket.title')}</PageTitle>
      <div role="status" aria-live="polite">
        {state.kind === 'waiting' ? <p>{t('ticket.waiting')}</p> : null}
        {state.kind === 'ticket' ? (
          <>
            <Lead>{t('ticket.number')}</Lead>
            <BigNumber testId="kiosk-ticket">{state.ticket.number}</BigNumber>
            <p>{t('ticket.next')}</p>
          </>
        ) : null}
        {state.kind === 'desk' ? (
          <Alert severity="info" title={t('ticket.deskTitle')}>
            <p>{t('ticket.desk')}</p>
          </Alert>
        ) : null}
      </div>
    </PageContainer>
  );
}
