// Who is working: the agent's name and structure, and "Se déconnecter" (ends the agent session
// and ProConnect's; empties what this browser holds in memory).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { agentLogout, type AgentSession } from '../api/sessions.ts';

export function AgentBar({ session }: { readonly session: AgentSession }) {
  const { t } = useTranslation('assisted');
  const client = useQueryClient();
  const [failed, setFailed] = useState(false);
  const { agent } = session;
  const leave = () => {
    agentLogout(session.csrfToken).then(
      (url) => {
        client.clear();
        window.location.assign(url);
      },
      () => {
        setFailed(true);
      },
    );
  };
  return (
    <div data-testid="agent-bar">
      <p>
        {t('bar.who', {
          name: `${agent.givenName} ${agent.usualName}`,
          structure: agent.structure,
        })}
        {agent.role === 'manager' ? ` ${t('bar.manager')}` : ''}
      </p>
      <ButtonsGroup>
        <Button priority="tertiary" onClick={leave}>
          {t('bar.logout')}
        </Button>
      </ButtonsGroup>
      {failed ? (
        <Alert severity="error" live>
          {t('bar.logoutFailed')}
        </Alert>
      ) : null}
    </div>
  );
}
