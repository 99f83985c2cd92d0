// The e-mail address for alerts: its state (none, confirmation sent, confirmed) and a form to
// set or change it. E-mails leave only once the link sent to the address has been opened.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emailRequest, type PreferencesResponse } from '../../../shared/contracts/alerts.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { TextField } from '../../../shared/ui/text-field.tsx';
import { ApiError, type Session } from '../api/http.ts';
import { useSetEmail } from '../api/queries.ts';

export function EmailForm({
  email,
  session,
}: {
  readonly email: PreferencesResponse['email'];
  readonly session: Session;
}) {
  const { t } = useTranslation('alerts');
  const send = useSetEmail(session);
  const [address, setAddress] = useState(email.address ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = emailRequest.safeParse({ address });
    if (!parsed.success) {
      setError(t('email.invalid'));
      return;
    }
    setError(undefined);
    send.mutate(parsed.data.address, {
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400) setError(err.message);
      },
    });
  };
  return (
    <Section title={t('email.title')}>
      <div role="status" data-testid="email-state">
        {email.address === null ? <p>{t('email.none')}</p> : null}
        {email.address !== null && email.confirmed ? (
          <Alert severity="success">{t('email.confirmed', { address: email.address })}</Alert>
        ) : null}
        {email.address !== null && !email.confirmed ? (
          <Alert severity="info">{t('email.sent', { address: email.address })}</Alert>
        ) : null}
      </div>
      <form noValidate onSubmit={submit}>
        <TextField
          label={t('email.label')}
          hint={t('email.hint')}
          type="email"
          autoComplete="email"
          value={address}
          onChange={setAddress}
          {...(error ? { error } : {})}
        />
        <Button type="submit" priority="secondary" disabled={send.isPending}>
          {send.isPending ? t('email.sending') : t('email.send')}
        </Button>
      </form>
      {send.isError && !(send.error instanceof ApiError && send.error.status === 400) ? (
        <Alert severity="error" live>
          {t('email.failed')}
        </Alert>
      ) : null}
    </Section>
  );
}
