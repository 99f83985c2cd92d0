// What the whole app shows on an enrolled kiosk, on every screen: the kiosk bar (reception,
// "Demander un conseiller", "Terminer et effacer", the closed-environment accessibility tools),
// the inactivity warning and reset, and the check-ins. Lazily loaded by the layout.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { kioskConfig } from '../../../shared/lib/device-mode.ts';
import { AlertDialog } from '../../../shared/ui/alert-dialog.tsx';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { KioskBar, KioskNotice } from '../../../shared/ui/kiosk.tsx';
import { ClosedAccessibilityTools } from '../../../shared/ui/closed-accessibility.tsx';
import { useCheckIns } from '../hooks/use-check-ins.ts';
import { ERASED_PATH, resetKiosk } from '../lib/reset.ts';
import { IdleWarning } from './idle-warning.tsx';

export interface PendingUpdate {
  apply: (then?: () => void) => void;
}

export const TICKET_PATH = '/borne/conseiller';
// The page load this visit started on: a fresh start screen nobody touched needs no reset.
const firstPath = typeof location === 'undefined' ? '' : location.pathname;
const visit = { navigated: false };

export function KioskShell({
  pendingUpdate,
}: {
  readonly pendingUpdate: () => PendingUpdate | null;
}) {
  const config = kioskConfig();
  if (!config) return null;
  return <EnrolledShell config={config} pendingUpdate={pendingUpdate} />;
}

function EnrolledShell({
  config,
  pendingUpdate,
}: {
  readonly config: NonNullable<ReturnType<typeof kioskConfig>>;
  readonly pendingUpdate: () => PendingUpdate | null;
}) {
  const { t } = useTranslation('kiosk');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);
  const started = useRef(false);
  useCheckIns(config);
  const pristine =
    pathname === firstPath &&
    !visit.navigated &&
    (pathname === '/borne' || pathname === ERASED_PATH);

  useEffect(() => {
    if (pathname !== firstPath) visit.navigated = true;
  }, [pathname]);
  useEffect(() => {
    document.documentElement.dataset.kiosk = 'true';
  }, []);

  const reset = () => {
    if (started.current) return;
    started.current = true;
    setConfirming(false);
    setResetting(true);
    const update = pendingUpdate();
    void resetKiosk({
      applyUpdate: update
        ? (then) => {
            update.apply(then);
          }
        : null,
    });
  };

  return (
    <>
      <KioskBar label={t('bar.label')} name={t('bar.name', { name: config.receptionName })}>
        <Button
          priority="secondary"
          onClick={() => {
            void navigate(TICKET_PATH);
          }}
        >
          {t('bar.agent')}
        </Button>
        <Button
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('bar.end')}
        </Button>
        <ClosedAccessibilityTools />
      </KioskBar>
      {resetting ? <KioskNotice>{t('end.resetting')}</KioskNotice> : null}
      {pristine || resetting ? null : (
        <IdleWarning
          idleSeconds={config.idleSeconds}
          warningSeconds={config.warningSeconds}
          onExpire={reset}
        />
      )}
      <AlertDialog
        id="kiosk-end"
        title={t('end.title')}
        open={confirming}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        <p>{t('end.text')}</p>
        <ButtonsGroup>
          <Button onClick={reset}>{t('end.confirm')}</Button>
          <Button
            priority="secondary"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t('end.cancel')}
          </Button>
        </ButtonsGroup>
      </AlertDialog>
    </>
  );
}
