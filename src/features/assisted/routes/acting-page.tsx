// /accompagnement/mandats/:id: acting for a person under their mandate. The banner says for whom
// and until when; every action is checked and journaled by the server, whose refusal (403) is
// shown with its French message and the way back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';
import { useMandate } from '../api/queries.ts';
import type { AgentSession } from '../api/sessions.ts';
import { ActingTools } from '../components/acting-tools.tsx';
import { AgentGate } from '../components/agent-gate.tsx';
import { Refusal } from '../components/refusal.tsx';
import { formatDate } from '../lib/format.ts';

export function ActingPage() {
  const { id = '' } = useParams();
  return (
    <AgentGate returnTo={`/accompagnement/mandats/${encodeURIComponent(id)}`}>
      {(session) => <Acting key={id} id={id} session={session} />}
    </AgentGate>
  );
}

function Acting({ id, session }: { readonly id: string; readonly session: AgentSession }) {
  const { t, i18n } = useTranslation('assisted');
  usePageTitle(t('acting.title'));
  const mandate = useMandate(id);
  const [refused, setRefused] = useState<string>();
  const m = mandate.data;
  const error = mandate.error;
  const message =
    refused ??
    (error instanceof ApiError && error.status !== 401
      ? error.message
      : m?.status === 'en-attente'
        ? t('acting.inactive.en-attente')
        : undefined);
  // Ended or revoked: said at once; the server still decides, and its refusal replaces this.
  const ended = m && (m.status === 'revoque' || m.status === 'expire');
  return (
    <PageContainer>
      <PageTitle>{t('acting.title')}</PageTitle>
      <p>
        <TextLink to="/accompagnement">{t('common.backToWorkspace')}</TextLink>
      </p>
      <div role="status">{mandate.isPending ? <p>{t('acting.loading')}</p> : null}</div>
      {message ? <Refusal message={message} /> : null}
      {error && !(error instanceof ApiError) ? (
        <Alert severity="error" live>
          {t('acting.failed')}
        </Alert>
      ) : null}
      {m && !message && m.person ? (
        <>
          {ended ? (
            <Alert severity="warning">
              <p>{t(`acting.inactive.${m.status}`)}</p>
            </Alert>
          ) : (
            <Alert severity="info">
              <p data-testid="acting-banner">
                {t('acting.banner', {
                  person: `${m.person.givenName} ${m.person.familyName}`,
                  end: formatDate(m.endsAt, i18n.language),
                })}
              </p>
            </Alert>
          )}
          <ActingTools
            mandate={m}
            person={m.person}
            csrf={session.csrfToken}
            onRefused={(e) => {
              setRefused(e.message);
            }}
          />
        </>
      ) : null}
    </PageContainer>
  );
}
