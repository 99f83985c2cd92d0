// "Partager une simulation avec un conseiller": without a mandate, the person gives an adviser a
// code to read their simulation, valid 24 h at most and revocable at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareCreated } from '../../../shared/contracts/assisted.ts';
import { Button, ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';
import { createShare, revokeShare } from '../api/queries.ts';
import type { PersonSession } from '../api/sessions.ts';
import { formatDateTime } from '../lib/format.ts';
import { savedSimulation } from '../lib/saved-simulation.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'none' }
  | { kind: 'shared'; share: ShareCreated }
  | { kind: 'revoked' }
  | { kind: 'failed'; message: string };

export function ShareSimulation({ session }: { readonly session: PersonSession }) {
  const { t, i18n } = useTranslation('assisted');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fail = (error: unknown) => {
    setState({
      kind: 'failed',
      message: error instanceof ApiError ? error.message : t('share.failed'),
    });
  };
  const share = () => {
    savedSimulation()
      .then(async (situation) => {
        if (!situation) {
          setState({ kind: 'none' });
          return;
        }
        const created = await createShare(session.csrfToken, situation);
        if (created) setState({ kind: 'shared', share: created });
      })
      .catch(fail);
  };
  const revoke = (code: string) => {
    revokeShare(session.csrfToken, code).then(() => {
      setState({ kind: 'revoked' });
    }, fail);
  };
  return (
    <Section title={t('share.title')}>
      <p>{t('share.lead')}</p>
      {state.kind === 'shared' ? (
        <>
          <Alert severity="success" live>
            <p>
              {t('share.code')} <strong data-testid="share-code">{state.share.code}</strong>
            </p>
            <p>{t('share.until', { at: formatDateTime(state.share.expiresAt, i18n.language) })}</p>
          </Alert>
          <ButtonsGroup>
            <Button
              priority="secondary"
              onClick={() => {
                revoke(state.share.code);
              }}
            >
              {t('share.revoke')}
            </Button>
          </ButtonsGroup>
        </>
      ) : (
        <ButtonsGroup>
          <Button priority="secondary" onClick={share}>
            {t('share.button')}
          </Button>
        </ButtonsGroup>
      )}
      {state.kind === 'none' ? (
        <>
          <p role="alert">{t('share.none')}</p>
          <ButtonLink to="/simuler" priority="tertiary">
            {t('share.simulate')}
          </ButtonLink>
        </>
      ) : null}
      {state.kind === 'revoked' ? <p role="status">{t('share.revoked')}</p> : null}
      {state.kind === 'failed' ? (
        <Alert severity="error" live>
          {state.message}
        </Alert>
      ) : null}
    </Section>
  );
}
