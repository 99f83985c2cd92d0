// /accompagnement: today's explanatory page and the ProConnect login for a visitor; for a
// logged-in agent, the workspace: the kiosks' waiting list, the structure's mandates, "Accompagner
// une personne", the reception area's kiosks (installation links, status), and for a manager the
// structure's journal.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, Section } from '../../../shared/ui/page.tsx';
import { useStructureJournal } from '../api/queries.ts';
import type { AgentSession } from '../api/sessions.ts';
import { AgentBar } from '../components/agent-bar.tsx';
import { AgentGate } from '../components/agent-gate.tsx';
import { JournalTable } from '../components/journal-table.tsx';
import { KioskFleet } from '../components/kiosk-fleet.tsx';
import { MandateTable } from '../components/mandate-table.tsx';
import { WaitingList } from '../components/waiting-list.tsx';

export function WorkspacePage() {
  return (
    <AgentGate returnTo="/accompagnement">{(session) => <Workspace session={session} />}</AgentGate>
  );
}

function Workspace({ session }: { readonly session: AgentSession }) {
  const { t } = useTranslation('assisted');
  usePageTitle(t('workspace.title'));
  const manager = session.agent.role === 'manager';
  return (
    <PageContainer>
      <PageTitle>{t('workspace.title')}</PageTitle>
      <AgentBar session={session} />
      <Lead>{t('workspace.lead')}</Lead>
      <ButtonsGroup>
        <ButtonLink to="/accompagnement/mandat/nouveau">{t('workspace.start')}</ButtonLink>
      </ButtonsGroup>
      <WaitingList csrf={session.csrfToken} />
      <MandateTable csrf={session.csrfToken} />
      <KioskFleet csrf={session.csrfToken} />
      {manager ? <StructureJournal /> : null}
    </PageContainer>
  );
}

function StructureJournal() {
  const { t } = useTranslation('assisted');
  const journal = useStructureJournal(true);
  return (
    <Section title={t('journal.structureTitle')}>
      <div role="status">{journal.isPending ? <p>{t('journal.loading')}</p> : null}</div>
      {journal.isError ? (
        <Alert severity="error" live>
          {t('journal.failed')}
        </Alert>
      ) : null}
      {journal.data ? (
        <JournalTable
          caption={t('journal.structureCaption')}
          entries={journal.data.entries}
          withPerson
        />
      ) : null}
    </Section>
  );
}
