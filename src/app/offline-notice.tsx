import { useTranslation } from 'react-i18next';
import { Banner } from '../shared/ui/banner.tsx';
import { useOnline } from '../shared/hooks/use-online.ts';

/** A persistent, announced notice while the device is offline. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" aria-live="polite">
      {online ? null : <Banner title={t('offline.title')}>{t('offline.text')}</Banner>}
    </div>
  );
}
