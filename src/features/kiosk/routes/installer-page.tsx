// /borne/installer#code=…[&idle=…&warning=…]: the enrolment link an agent of the reception area
// gives (scanned as a QR code), or a code typed in the form. The code stays in the fragment
// (never in a request line or a log) and is removed from the address at once.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { codeFromFragment } from '../../../shared/contracts/kiosk.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { saveKioskConfig } from '../../../shared/lib/device-mode.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { TextField } from '../../../shared/ui/text-field.tsx';
import { enrol } from '../api/kiosk-api.ts';

interface Link {
  readonly code: string;
  readonly idleSeconds?: number;
  readonly warningSeconds?: number;
}

function readLink(hash: string): Link | null {
  const code = codeFromFragment(hash);
  if (!code) return null;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const seconds = (name: string) => {
    const v = params.get(name);
    return v !== null && /^\d{1,5}$/.test(v) ? Number(v) : undefined;
  };
  const idleSeconds = seconds('idle');
  const warningSeconds = seconds('warning');
  return {
    code,
    ...(idleSeconds === undefined ? {} : { idleSeconds }),
    ...(warningSeconds === undefined ? {} : { warningSeconds }),
  };
}

export function InstallerPage() {
  const { t } = useTranslation('kiosk');
  usePageTitle(t('installer.title'));
  const navigate = useNavigate();
  // The link is read once, on arrival, and removed from the address.
  const [arrival] = useState(() => readLink(window.location.hash));
  const [code, setCode] = useState(arrival?.code ?? '');
  const [busy, setBusy] = useState(arrival !== null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const started = useRef(false);

  const settle = (link: Link, r: Awaited<ReturnType<typeof enrol>>) => {
    setBusy(false);
    if (!r.ok) {
      setCode(link.code);
      setError(
        r.kind === 'offline' ? t('installer.offline') : (r.message ?? t('installer.invalid')),
      );
      return;
    }
    saveKioskConfig({ kioskId: r.value.kioskId, token: r.value.token, ...r.value.config });
    void navigate('/borne', { replace: true, state: { installed: r.value.config.receptionName } });
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
    if (arrival)
      void enrol(arrival).then((r) => {
        settle(arrival, r);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  const onSubmit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const typed = code.trim();
    if (!typed) {
      setFieldError(t('installer.codeMissing'));
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    setError(null);
    void enrol({ code: typed }).then((r) => {
      settle({ code: typed }, r);
    });
  };

  return (
    <PageContainer>
      <PageTitle>{t('installer.title')}</PageTitle>
      <Lead>{t('installer.lead')}</Lead>
      {error ? (
        <Alert severity="error" title={t('installer.failed')} live>
          <p>{error}</p>
        </Alert>
      ) : null}
      {busy ? <p role="status">{t('installer.busy')}</p> : null}
      <form onSubmit={onSubmit} noValidate aria-label={t('installer.form')}>
        <TextField
          label={t('installer.code')}
          hint={t('installer.codeHint')}
          value={code}
          onChange={setCode}
          required
          {...(fieldError ? { error: fieldError } : {})}
        />
        <Button type="submit" disabled={busy}>
          {t('installer.submit')}
        </Button>
      </form>
    </PageContainer>
  );
}
