// Enrolling this device as a reception area's kiosk: from the enrolment link's fragment (read
// once, on arrival, and removed from the address) or from a code typed in the form. The code
// never reaches a request line or a log; the device then keeps only the non-personal
// configuration, and goes to the kiosk's start screen.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { codeFromFragment } from '../../../shared/contracts/kiosk.ts';
import { saveKioskConfig } from '../../../shared/lib/device-mode.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { TextField } from '../../../shared/ui/text-field.tsx';
import { enrol } from '../api/kiosk-api.ts';

export interface EnrolmentLink {
  readonly code: string;
  readonly idleSeconds?: number;
  readonly warningSeconds?: number;
}

/** `#code=…[&idle=…&warning=…]` of an enrolment link, or null. */
export function readEnrolmentLink(hash: string): EnrolmentLink | null {
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

export function EnrolForm({ arrival = null }: { readonly arrival?: EnrolmentLink | null }) {
  const { t } = useTranslation('kiosk');
  const navigate = useNavigate();
  const [code, setCode] = useState(arrival?.code ?? '');
  const [busy, setBusy] = useState(arrival !== null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const started = useRef(false);

  const settle = (link: EnrolmentLink, r: Awaited<ReturnType<typeof enrol>>) => {
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
    if (started.current || !arrival) return;
    started.current = true;
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
    <>
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
    </>
  );
}
