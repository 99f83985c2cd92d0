// /mes-mandats (person, FranceConnect): the mandates the person gave, "Révoquer" after a
// confirmation, "Mon historique d'accompagnement" (the journal of what was done in their name),
// and the lighter share of one simulation with an adviser.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MandateView } from '../../../shared/contracts/assisted.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Badge } from '../../../shared/ui/badge.tsx';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { FranceConnectButton } from '../../../shared/ui/franceconnect-button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, Section, TextLink } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';
import { keys, revokeMine, useMyJournal, useMyMandates, usePerson } from '../api/queries.ts';
import type { PersonSession } from '../api/sessions.ts';
import { DomainList } from '../components/domain-list.tsx';
import { JournalTable } from '../components/journal-table.tsx';
import { ShareSimulation } from '../components/share-simulation.tsx';
import { formatDate } from '../lib/format.ts';

export function MyMandatesPage() {
  const { t } = useTranslation(['assisted', 'common']);
  usePageTitle(t('mine.title'));
  const person = usePerson();
  return (
    <PageContainer>
      <PageTitle>{t('mine.title')}</PageTitle>
      <Lead>{t('mine.lead')}</Lead>
      <div role="status">{person.isPending ? <p>{t('gate.loading')}</p> : null}</div>
      {person.isError ? (
        <Alert severity="error" live>
          {t('gate.failed')}
        </Alert>
      ) : null}
      {person.data === null ? (
        <FranceConnectButton
          href={`/auth/login?returnTo=${encodeURIComponent('/mes-mandats')}`}
          label={t('consent.login')}
          infoLabel={t('consent.whatIsFc')}
          newWindowLabel={t('common:newWindow')}
        />
      ) : null}
      {person.data ? <Mine session={person.data} /> : null}
    </PageContainer>
  );
}

function Mine({ session }: { readonly session: PersonSession }) {
  const { t } = useTranslation('assisted');
  const mandates = useMyMandates();
  const journal = useMyJournal();
  const list = mandates.data?.mandates ?? [];
  return (
    <>
      <p>
        <TextLink to="/droits/mes-donnees">{t('mine.myData')}</TextLink>
      </p>
      <Section title={t('mine.mandatesTitle')}>
        <div role="status">
          {mandates.isPending ? <p>{t('mandates.loading')}</p> : null}
          {mandates.isSuccess && list.length === 0 ? <p>{t('mine.none')}</p> : null}
        </div>
        {mandates.isError ? (
          <Alert severity="error" live>
            {t('mandates.failed')}
          </Alert>
        ) : null}
        {list.length > 0 ? (
          <ul>
            {list.map((m) => (
              <MyMandate key={m.id} mandate={m} session={session} />
            ))}
          </ul>
        ) : null}
      </Section>
      <Section title={t('mine.journalTitle')}>
        <div role="status">{journal.isPending ? <p>{t('journal.loading')}</p> : null}</div>
        {journal.isError ? (
          <Alert severity="error" live>
            {t('journal.failed')}
          </Alert>
        ) : null}
        {journal.data ? (
          <JournalTable caption={t('mine.journalCaption')} entries={journal.data.entries} />
        ) : null}
      </Section>
      <ShareSimulation session={session} />
    </>
  );
}

function MyMandate({
  mandate: m,
  session,
}: {
  readonly mandate: MandateView;
  readonly session: PersonSession;
}) {
  const { t, i18n } = useTranslation('assisted');
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState<string>();
  const revoke = () => {
    revokeMine(session.csrfToken, m.id).then(
      () => {
        setConfirming(false);
        void client.invalidateQueries({ queryKey: keys.myMandates });
        void client.invalidateQueries({ queryKey: keys.myJournal });
      },
      (error: unknown) => {
        setFailed(error instanceof ApiError ? error.message : t('mine.revokeFailed'));
      },
    );
  };
  return (
    <li data-testid="my-mandate">
      <h3>{m.structure.name}</h3>
      <Badge label={t(`status.${m.status}`)} />
      <p>
        {t('mine.agent', { agent: `${m.agent.givenName} ${m.agent.usualName}` })}
        <br />
        {t('mine.domains')} <DomainList domains={m.domains} />
        <br />
        {t('mine.until', { end: formatDate(m.endsAt, i18n.language) })}
      </p>
      {m.status === 'actif' || m.status === 'en-attente' ? (
        confirming ? (
          <div role="group" aria-label={t('mine.confirmLabel')}>
            <p>{t('mine.confirm', { structure: m.structure.name })}</p>
            <ButtonsGroup>
              <Button onClick={revoke}>{t('mine.confirmRevoke')}</Button>
              <Button
                priority="secondary"
                onClick={() => {
                  setConfirming(false);
                }}
              >
                {t('mine.cancel')}
              </Button>
            </ButtonsGroup>
          </div>
        ) : (
          <ButtonsGroup>
            <Button
              priority="secondary"
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('mine.revoke')}
            </Button>
          </ButtonsGroup>
        )
      ) : null}
      {failed ? (
        <Alert severity="error" live>
          {failed}
        </Alert>
      ) : null}
    </li>
  );
}
