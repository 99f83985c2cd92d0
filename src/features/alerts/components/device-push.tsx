// "Notifications sur cet appareil": the permission is asked only when the person clicks; on an
// iPhone not yet installed on the home screen, how to install first; on a kiosk, nothing.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { currentSubscription, disablePush, enablePush, pushSupport } from '../lib/push-device.ts';
import { useDeviceMode } from '../../../shared/hooks/use-device-mode.ts';

type State = 'unknown' | 'on' | 'off';
type Outcome = 'denied' | 'dismissed' | 'failed' | null;

export function DevicePush({ session }: { readonly session: Session }) {
  const { t } = useTranslation('alerts');
  // A subscription stays on the device: only where the device may keep things.
  const { mayKeep } = useDeviceMode();
  const support = pushSupport();
  const [state, setState] = useState<State>('unknown');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  useEffect(() => {
    if (support !== 'ready') return;
    let live = true;
    void currentSubscription()
      .catch(() => null)
      .then((s) => {
        if (live) setState(s ? 'on' : 'off');
      });
    return () => {
      live = false;
    };
  }, [support]);
  const run = async (action: () => Promise<State | Outcome>) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await action();
      if (result === 'on' || result === 'off') setState(result);
      else setOutcome(result === 'unknown' ? null : result);
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };
  const enable = () =>
    run(async () => {
      const result = await enablePush(session);
      return result === 'subscribed' ? 'on' : result;
    });
  const disable = () =>
    run(async () => {
      await disablePush(session);
      return 'off';
    });
  const denied = support === 'ready' && Notification.permission === 'denied';
  return (
    <Section title={t('device.title')}>
      <p>{t('device.lead')}</p>
      {!mayKeep ? <p>{t('device.shared')}</p> : null}
      {mayKeep && support === 'unsupported' ? <p>{t('device.unsupported')}</p> : null}
      {mayKeep && support === 'ios-install' ? (
        <Alert severity="info">{t('device.iosInstall')}</Alert>
      ) : null}
      {mayKeep && support === 'ready' ? (
        <>
          <div role="status" data-testid="push-state">
            {state === 'on' ? <p>{t('device.on')}</p> : null}
            {state === 'off' ? <p>{t('device.off')}</p> : null}
            {outcome === 'dismissed' ? <p>{t('device.dismissed')}</p> : null}
          </div>
          {denied || outcome === 'denied' ? (
            <Alert severity="warning">{t('device.denied')}</Alert>
          ) : null}
          {outcome === 'failed' ? (
            <Alert severity="error" live>
              {t('device.failed')}
            </Alert>
          ) : null}
          {state === 'on' ? (
            <Button priority="secondary" disabled={busy} onClick={() => void disable()}>
              {busy ? t('device.working') : t('device.disable')}
            </Button>
          ) : (
            <Button disabled={busy || state === 'unknown'} onClick={() => void enable()}>
              {busy ? t('device.working') : t('device.enable')}
            </Button>
          )}
        </>
      ) : null}
    </Section>
  );
}
