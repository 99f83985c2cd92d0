// /accompagnement/consentement/:token: the person logs in with FranceConnect (on their phone or
// on the agent's device), reads the summary and gives the mandate. On a shared device (an agent
// session is open on this browser) the person is then logged out of the portal and of
// FranceConnect, and the one wipe leaves nothing of theirs in the browser.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { wipeDevice } from '../../../shared/lib/wipe.ts';
import { Button, ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { FranceConnectButton } from '../../../shared/ui/franceconnect-button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';
import { giveConsent, useAgent, useConsentSummary, usePerson } from '../api/queries.ts';
import type { PersonSession } from '../api/sessions.ts';
import { MandateSummary } from '../components/mandate-summary.tsx';

export function ConsentPage() {
  const { t } = useTranslation(['assisted', 'common']);
  const { token = '' } = useParams();
  usePageTitle(t('consent.title'));
  const person = usePerson();
  const here = `/accompagnement/consentement/${encodeURIComponent(token)}`;
  return (
    <PageContainer>
      <PageTitle>{t('consent.title')}</PageTitle>
      <Lead>{t('consent.lead')}</Lead>
      <div role="status">{person.isPending ? <p>{t('gate.loading')}</p> : null}</div>
      {person.isError ? (
        <Alert severity="error" live>
          {t('gate.failed')}
        </Alert>
      ) : null}
      {person.data === null ? (
        <>
          <p>{t('consent.loginFirst')}</p>
          <FranceConnectButton
            href={`/auth/login?returnTo=${encodeURIComponent(here)}`}
            label={t('consent.login')}
            infoLabel={t('consent.whatIsFc')}
            newWindowLabel={t('common:newWindow')}
          />
        </>
      ) : null}
      {person.data ? <Consent token={token} session={person.data} /> : null}
    </PageContainer>
  );
}

type Outcome = { kind: 'done'; shared: boolean } | { kind: 'failed'; message: string };

function Consent({ token, session }: { readonly token: string; readonly session: PersonSession }) {
  const { t } = useTranslation('assisted');
  const client = useQueryClient();
  const summary = useConsentSummary(token, true);
  const agent = useAgent();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const accept = () => {
    setBusy(true);
    giveConsent(session.csrfToken, token)
      .then(async () => {
        const shared = agent.data != null;
        setOutcome({ kind: 'done', shared });
        if (!shared) return;
        // A shared device: end the person's sessions and leave nothing of theirs behind.
        const report = await wipeDevice({ queryCache: client });
        window.location.assign(report.identityProviderLogoutUrl ?? '/accompagnement');
      })
      .catch((error: unknown) => {
        setOutcome({
          kind: 'failed',
          message: error instanceof ApiError ? error.message : t('consent.failed'),
        });
      })
      .finally(() => {
        setBusy(false);
      });
  };
  if (summary.isError)
    return (
      <Alert severity="error" live>
        {summary.error instanceof ApiError ? summary.error.message : t('consent.unreadable')}
      </Alert>
    );
  if (!summary.data)
    return (
      <div role="status">
        <p>{t('consent.loading')}</p>
      </div>
    );
  if (outcome?.kind === 'done')
    return (
      <>
        <Alert severity="success" live>
          {outcome.shared ? t('consent.doneShared') : t('consent.done')}
        </Alert>
        {outcome.shared ? null : (
          <ButtonsGroup>
            <ButtonLink to="/mes-mandats">{t('consent.myMandates')}</ButtonLink>
          </ButtonsGroup>
        )}
      </>
    );
  return (
    <>
      <MandateSummary summary={summary.data.summary} />
      {outcome?.kind === 'failed' ? (
        <Alert severity="error" live>
          {outcome.message}
        </Alert>
      ) : null}
      <ButtonsGroup>
        <Button onClick={accept} disabled={busy}>
          {t('consent.accept')}
        </Button>
      </ButtonsGroup>
    </>
  );
}
