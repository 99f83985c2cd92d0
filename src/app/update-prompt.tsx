import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionBanner } from '../shared/ui/banner.tsx';
import { Button } from '../shared/ui/button.tsx';
import { isEnrolledKiosk } from '../shared/lib/kiosk-flag.ts';
import { onUpdateReady, type UpdateHandle } from './service-worker.ts';

/**
 * "Nouvelle version disponible": the person chooses when to reload, nothing is lost meanwhile.
 * Never on a kiosk: the person there is not the one to decide, and the kiosk's reset applies it.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<UpdateHandle | null>(null);
  useEffect(() => onUpdateReady(setUpdate), []);
  if (!update || isEnrolledKiosk()) return null;
  return (
    <div role="status">
      <ActionBanner
        text={t('update.text')}
        actions={
          <>
            <Button
              onClick={() => {
                update.apply();
              }}
            >
              {t('update.action')}
            </Button>
            <Button
              priority="secondary"
              onClick={() => {
                setUpdate(null);
              }}
            >
              {t('update.later')}
            </Button>
          </>
        }
      />
    </div>
  );
}
