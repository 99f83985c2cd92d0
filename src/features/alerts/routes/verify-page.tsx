// /alertes/verifier: is this e-mail really from the portal? The code written at the end of every
// e-mail is checked against what the portal sent to this person, and the page always says what
// the portal never asks.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { verifyQuery, type VerifyResponse } from '../../../shared/contracts/alerts.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { FranceConnectButton } from '../../../shared/ui/franceconnect-button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, Section } from '../../../shared/ui/page.tsx';
import { TextField } from '../../../shared/ui/text-field.tsx';
import { ApiError } from '../api/http.ts';
import { verifyCode } from '../api/queries.ts';
import { formatMoment } from '../lib/format.ts';

type Result =
  | { readonly kind: 'answer'; readonly answer: VerifyResponse }
  | { readonly kind: 'login' }
  | { readonly kind: 'failed' };

export function VerifyPage() {
  const { t, i18n } = useTranslation(['alerts', 'common']);
  usePageTitle(t('verify.title'));
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const submit = async (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = verifyQuery.safeParse({ code });
    if (!parsed.success) {
      setError(t('verify.required'));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      setResult({ kind: 'answer', answer: await verifyCode(parsed.data.code) });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setResult({ kind: 'login' });
      else if (err instanceof ApiError && err.status === 400) setError(err.message);
      else setResult({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };
  const returnTo = `/alertes/verifier?code=${encodeURIComponent(code.trim())}`;
  const never = t('verify.never', { returnObjects: true }) as unknown;
  return (
    <PageContainer>
      <PageTitle>{t('verify.title')}</PageTitle>
      <Lead>{t('verify.lead')}</Lead>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('verify.label')}
          hint={t('verify.hint')}
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
          {...(error ? { error } : {})}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t('verify.checking') : t('verify.submit')}
        </Button>
      </form>
      <div role="status" data-testid="verify-result">
        {result?.kind === 'answer' && result.answer.genuine ? (
          <Alert severity="success">
            {result.answer.sentAt === undefined
              ? t('verify.genuine')
              : t('verify.genuineAt', {
                  date: formatMoment(result.answer.sentAt, i18n.language),
                  channel: t(`channel.${result.answer.channel ?? 'email'}`),
                })}
          </Alert>
        ) : null}
        {result?.kind === 'answer' && !result.answer.genuine ? (
          <Alert severity="error">{t('verify.notGenuine')}</Alert>
        ) : null}
        {result?.kind === 'login' ? <p>{t('verify.login')}</p> : null}
        {result?.kind === 'failed' ? <Alert severity="error">{t('verify.failed')}</Alert> : null}
      </div>
      {result?.kind === 'login' ? (
        <FranceConnectButton
          href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}
          label={t('landing.login')}
          infoLabel={t('landing.whatIsFc')}
          newWindowLabel={t('common:newWindow')}
        />
      ) : null}
      <Section title={t('verify.neverTitle')}>
        <ul>
          {Array.isArray(never)
            ? (never as string[]).map((item) => <li key={item}>{item}</li>)
            : null}
        </ul>
        <p>{t('verify.neverOutro')}</p>
      </Section>
    </PageContainer>
  );
}
