// The inactivity warning (WCAG 2.2.1): a modal alert dialog with a visible countdown, announced
// when it opens and every ten seconds, and "Je suis toujours là" as many times as needed.
import { useTranslation } from 'react-i18next';
import { AlertDialog } from '../../../shared/ui/alert-dialog.tsx';
import { Button } from '../../../shared/ui/button.tsx';
import { Countdown, LiveAnnouncement } from '../../../shared/ui/kiosk.tsx';
import { useIdle } from '../hooks/use-idle.ts';

export function IdleWarning(props: {
  readonly idleSeconds: number;
  readonly warningSeconds: number;
  readonly onExpire: () => void;
}) {
  const { t } = useTranslation('kiosk');
  const idle = useIdle(props);
  // Announced when it opens, then every ten seconds (not every second: it would drown the rest).
  const step = Math.ceil(idle.remaining / 10) * 10;
  return (
    <AlertDialog id="kiosk-idle" title={t('idle.title')} open={idle.warning} onCancel={idle.extend}>
      <p>{t('idle.text')}</p>
      <Countdown>{t('idle.countdown', { count: idle.remaining })}</Countdown>
      <LiveAnnouncement testId="kiosk-idle-announce">
        {idle.warning ? t('idle.announce', { count: step }) : ''}
      </LiveAnnouncement>
      <Button onClick={idle.extend}>{t('idle.stay')}</Button>
    </AlertDialog>
  );
}
