// Export as JSON (the server sends it as a download). Not on a shared device: the file would
// stay behind for the next person.
import { useTranslation } from 'react-i18next';
import { DownloadLink } from '../../../shared/ui/download-link.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { isSharedDevice } from '../lib/kiosk.ts';

export function DataExport() {
  const { t } = useTranslation('rights');
  return (
    <Section title={t('myData.exportTitle')}>
      <p>{t('myData.exportLead')}</p>
      {isSharedDevice() ? (
        <p>{t('myData.sharedDevice')}</p>
      ) : (
        <DownloadLink
          href="/api/me/data"
          label={t('myData.export')}
          detail={t('myData.exportDetail')}
          fileName="droits360-mes-donnees.json"
        />
      )}
    </Section>
  );
}
