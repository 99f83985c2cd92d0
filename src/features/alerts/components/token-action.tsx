// A page opened from an e-mail link carrying a token (?jeton=…): one button does the action, the
// outcome is announced. A link scanner that only fetches the page changes nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';

type Outcome = 'done' | 'invalid' | 'failed' | null;

export function TokenAction({
  namespace,
  act,
  done,
}: {
  /** The catalogue block: confirm or unsubscribe. */
  readonly namespace: 'confirm' | 'unsubscribe';
  readonly act: (token: string) => Promise<unknown>;
  /** The success text, when the answer says more than the generic one. */
  readonly done?: (answer: unknown) => string | null;
}) {
  const { t } = useTranslation('alerts');
  usePageTitle(t(`${namespace}.title`));
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [doneText, setDoneText] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const answer = await act(token);
      setDoneText(done?.(answer) ?? null);
      setOutcome('done');
    } catch (error) {
      setOutcome(error instanceof ApiError && error.status < 500 ? 'invalid' : 'failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageContainer>
      <PageTitle>{t(`${namespace}.title`)}</PageTitle>
      <Lead>{t(`${namespace}.lead`)}</Lead>
      {token.length < 16 ? (
        <Alert severity="warning">{t(`${namespace}.missing`)}</Alert>
      ) : outcome === 'done' ? null : (
        <Button disabled={busy} onClick={() => void run()}>
          {busy ? t(`${namespace}.working`) : t(`${namespace}.button`)}
        </Button>
      )}
      <div role="status" data-testid="token-outcome">
        {outcome === 'done' ? (
          <Alert severity="success">{doneText ?? t(`${namespace}.done`)}</Alert>
        ) : null}
        {outcome === 'invalid' ? <Alert severity="error">{t(`${namespace}.invalid`)}</Alert> : null}
        {outcome === 'failed' ? <Alert severity="error">{t(`${namespace}.failed`)}</Alert> : null}
      </div>
      <p>
        <TextLink to="/alertes/preferences">{t(`${namespace}.preferences`)}</TextLink>
      </p>
    </PageContainer>
  );
}
