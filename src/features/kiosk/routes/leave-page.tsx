// /borne/quitter: leaving kiosk mode needs an agent of the reception area. The agent logs in
// with ProConnect (back here), withdraws the kiosk on the server, then the device forgets its
// kiosk configuration and the agent is logged out.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { clearKioskConfig, kioskConfig } from '../../../shared/lib/device-mode.ts';
import { wipeDevice } from '../../../shared/lib/wipe.ts';
import { Button, ButtonHref } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { logOutAgent, readAgent, withdraw, type AgentSession } from '../api/agent-api.ts';

export const AGENT_LOGIN = '/auth/agent/login?returnTo=/borne/quitter';

type State =
  | { kind: 'loading' }
  | { kind: 'anonymous' }
  | { kind: 'offline' }
  | { kind: 'agent'; agent: AgentSession; error?: string }
  | { kind: 'done' };

export function LeavePage() {
  const { t } = useTranslation('kiosk');
  usePageTitle(t('leave.title'));
  const config = kioskConfig();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void readAgent().then((a) => {
      if (!live) return;
      setState(
        a === null
          ? { kind: 'anonymous' }
          : a === 'offline'
            ? { kind: 'offline' }
            : { kind: 'agent', agent: a },
      );
    });
    return () => {
      live = false;
    };
  }, []);

  const leave = async (agent: AgentSession) => {
    if (!config) return;
    const r = await withdraw(config.token, agent);
    if (!r.ok) {
      setState({ kind: 'agent', agent, error: r.message ?? t('leave.failed') });
      return;
    }
    await wipeDevice({ endSession: true });
    clearKioskConfig();
    setState({ kind: 'done' });
    window.location.assign(await logOutAgent(agent));
  };

  if (!config)
    return (
      <PageContainer>
        <PageTitle>{t('leave.title')}</PageTitle>
        <p role="status">{state.kind === 'done' ? t('leave.done') : t('leave.notKiosk')}</p>
      </PageContainer>
    );
  return (
    <PageContainer>
      <PageTitle>{t('leave.title')}</PageTitle>
      <Lead>{t('leave.lead', { name: config.receptionName })}</Lead>
      {state.kind === 'anonymous' ? (
        <ButtonHref href={AGENT_LOGIN}>{t('leave.login')}</ButtonHref>
      ) : null}
      {state.kind === 'offline' ? (
        <Alert severity="warning" live>
          <p>{t('leave.offline')}</p>
        </Alert>
      ) : null}
      {state.kind === 'agent' ? (
        <>
          <p>{t('leave.agent', { name: state.agent.name, structure: state.agent.structure })}</p>
          {state.error ? (
            <Alert severity="error" live>
              <p>{state.error}</p>
            </Alert>
          ) : null}
          <Button
            onClick={() => {
              void leave(state.agent);
            }}
          >
            {t('leave.confirm')}
          </Button>
        </>
      ) : null}
    </PageContainer>
  );
}
