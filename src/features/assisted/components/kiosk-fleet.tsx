// The kiosks of the agent's reception area: "Créer un lien d'installation" gives an enrolment
// link (the code in the fragment, shown as a QR code to scan on the terminal and written out),
// and the table says, per kiosk, its version, last check-in, time offline and last reset.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentKioskCodeResponse, KioskStatus } from '../../../shared/contracts/kiosk.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { CheckboxGroup } from '../../../shared/ui/checkbox-group.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { ApiError } from '../api/http.ts';
import { createKioskCode, useKiosks, useRefresh } from '../api/queries.ts';
import { QrImage } from './qr-image.tsx';

const OPTIONS = ['printer', 'reusable'] as const;

const when = (at: number | null, language: string, never: string) =>
  at === null
    ? never
    : new Intl.DateTimeFormat(language, {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(at));

export function KioskFleet({ csrf }: { readonly csrf: string }) {
  const { t } = useTranslation('assisted');
  const [options, setOptions] = useState<string[]>(['printer']);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<AgentKioskCodeResponse>();
  const [failure, setFailure] = useState<string>();
  const refresh = useRefresh();

  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setFailure(undefined);
    createKioskCode(csrf, {
      printer: options.includes('printer'),
      reusable: options.includes('reusable'),
    }).then(
      (answer) => {
        setBusy(false);
        setCode(answer);
        void refresh(['assisted', 'kiosks']);
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(error instanceof ApiError ? error.message : t('kiosks.failed'));
      },
    );
  };

  return (
    <Section title={t('kiosks.title')}>
      <p>{t('kiosks.lead')}</p>
      <form onSubmit={submit} noValidate aria-label={t('kiosks.form')}>
        <CheckboxGroup
          legend={t('kiosks.options')}
          options={OPTIONS.map((value) => ({ value, label: t(`kiosks.option.${value}`) }))}
          checked={options}
          onChange={setOptions}
        />
        <Button type="submit" disabled={busy}>
          {t('kiosks.create')}
        </Button>
      </form>
      {failure ? (
        <Alert severity="error" live>
          {failure}
        </Alert>
      ) : null}
      {code ? <CodeIssued code={code} /> : null}
      <FleetStatus />
    </Section>
  );
}

function CodeIssued({ code }: { readonly code: AgentKioskCodeResponse }) {
  const { t, i18n } = useTranslation('assisted');
  return (
    <div role="status">
      <p>
        {t('kiosks.issued', {
          code: code.code,
          until: when(code.expiresAt, i18n.language, ''),
        })}
      </p>
      <QrImage url={new URL(code.link, window.location.origin).href} alt={t('kiosks.qrAlt')} />
    </div>
  );
}

function FleetStatus() {
  const { t, i18n } = useTranslation('assisted');
  const kiosks = useKiosks();
  const never = t('kiosks.never');
  const row = (k: KioskStatus) => ({
    key: k.kioskId,
    cells: [
      k.receptionName,
      k.appVersion ?? never,
      when(k.lastCheckIn, i18n.language, never),
      t('kiosks.minutes', { count: Math.round(k.offlineMs / 60_000) }),
      when(k.lastReset, i18n.language, never),
    ],
  });
  return (
    <>
      <div role="status">
        {kiosks.isPending ? <p>{t('kiosks.loading')}</p> : null}
        {kiosks.isSuccess && kiosks.data.kiosks.length === 0 ? <p>{t('kiosks.empty')}</p> : null}
      </div>
      {kiosks.isError ? <p>{t('kiosks.unavailable')}</p> : null}
      {kiosks.data && kiosks.data.kiosks.length > 0 ? (
        <DataTable
          caption={t('kiosks.caption')}
          headers={[
            t('kiosks.head.reception'),
            t('kiosks.head.version'),
            t('kiosks.head.checkIn'),
            t('kiosks.head.offline'),
            t('kiosks.head.reset'),
          ]}
          rows={kiosks.data.kiosks.map(row)}
        />
      ) : null}
    </>
  );
}
