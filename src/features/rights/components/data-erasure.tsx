// Erasing what the portal stores, after an explicit confirmation in a dialog. The server also
// ends the session: the in-memory cache is emptied and the outcome is announced.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Modal } from '../../../shared/ui/modal.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section, TextLink } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { deletePersonalData } from '../api/queries.ts';

type State = 'idle' | 'confirming' | 'deleting' | 'deleted' | 'failed';

export function DataErasure({ session }: { readonly session: Session }) {
  const { t } = useTranslation('rights');
  const client = useQueryClient();
  const [state, setState] = useState<State>('idle');
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state === 'deleted') done.current?.focus();
  }, [state]);
  const erase = () => {
    setState('deleting');
    deletePersonalData(session)
      .then(() => {
        // Nothing of the person stays in memory; the session (ended by the server) is read
        // again on the next page.
        client.removeQueries({ predicate: (q) => q.queryKey[1] !== 'session' });
        setState('deleted');
      })
      .catch(() => {
        setState('failed');
      });
  };
  if (state === 'deleted')
    return (
      <div ref={done} tabIndex={-1} role="status" data-testid="erased">
        <Alert severity="success" title={t('myData.erasedTitle')}>
          <p>{t('myData.erased')}</p>
          <TextLink to="/">{t('myData.home')}</TextLink>
        </Alert>
      </div>
    );
  return (
    <Section title={t('myData.eraseTitle')}>
      <p>{t('myData.eraseLead')}</p>
      {state === 'failed' ? (
        <Alert severity="error" live>
          {t('myData.eraseFailed')}
        </Alert>
      ) : null}
      <Button
        priority="secondary"
        onClick={() => {
          setState('confirming');
        }}
      >
        {t('myData.erase')}
      </Button>
      <Modal
        id="erase-confirm"
        title={t('myData.confirmTitle')}
        closeLabel={t('myData.close')}
        open={state === 'confirming' || state === 'deleting'}
        onClose={() => {
          setState((s) => (s === 'confirming' ? 'idle' : s));
        }}
      >
        <p>{t('myData.confirmText')}</p>
        <ButtonsGroup>
          <Button onClick={erase} disabled={state === 'deleting'}>
            {t('myData.confirm')}
          </Button>
          <Button
            priority="secondary"
            onClick={() => {
              setState('idle');
            }}
          >
            {t('myData.cancel')}
          </Button>
        </ButtonsGroup>
      </Modal>
    </Section>
  );
}
