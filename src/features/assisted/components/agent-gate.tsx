// Runs a page only for a logged-in agent. Otherwise: what accompaniment is, the agents' ProConnect
// login, and for the person helped, their own mandates and history ("Mes mandats", FranceConnect);
// a live message while the session is read, a helpful error when it cannot be.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentPage } from '../../../shared/components/content-page.tsx';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { ButtonAnchor, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle, Section, TextLink } from '../../../shared/ui/page.tsx';
import { useAgent } from '../api/queries.ts';
import type { AgentSession } from '../api/sessions.ts';

export const agentLoginHref = (returnTo: string) =>
  `/auth/agent/login?returnTo=${encodeURIComponent(returnTo)}`;

export function AgentGate(props: {
  readonly returnTo: string;
  readonly children: (agent: AgentSession) => ReactNode;
}) {
  const agent = useAgent();
  if (agent.data === null) return <AgentLanding returnTo={props.returnTo} />;
  if (agent.data) return props.children(agent.data);
  return <Pending failed={agent.isError} />;
}

function AgentLanding({ returnTo }: { readonly returnTo: string }) {
  const { t } = useTranslation('assisted');
  return (
    <ContentPage namespace="pillars" page="assisted">
      <ButtonsGroup>
        <ButtonAnchor href={agentLoginHref(returnTo)}>{t('gate.login')}</ButtonAnchor>
      </ButtonsGroup>
      <p>{t('gate.forAgents')}</p>
      <Section title={t('gate.personsTitle')}>
        <p>{t('gate.personsLead')}</p>
        <p>
          <TextLink to="/mes-mandats">{t('gate.personsLink')}</TextLink>
        </p>
      </Section>
    </ContentPage>
  );
}

function Pending({ failed }: { readonly failed: boolean }) {
  const { t } = useTranslation('assisted');
  usePageTitle(t('workspace.title'));
  return (
    <PageContainer>
      <PageTitle>{t('workspace.title')}</PageTitle>
      <div role="status">{failed ? null : <p>{t('gate.loading')}</p>}</div>
      {failed ? (
        <Alert severity="error" live>
          {t('gate.failed')}
        </Alert>
      ) : null}
    </PageContainer>
  );
}
