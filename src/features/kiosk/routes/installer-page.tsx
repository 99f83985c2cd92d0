// /borne/installer#code=…[&idle=…&warning=…]: the enrolment link an agent of the reception area
// gives (scanned as a QR code), or a code typed in the form.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { EnrolForm, readEnrolmentLink } from '../components/enrol-form.tsx';

export function InstallerPage() {
  const { t } = useTranslation('kiosk');
  usePageTitle(t('installer.title'));
  // The link is read once, on arrival, and removed from the address at once.
  const [arrival] = useState(() => readEnrolmentLink(window.location.hash));
  useEffect(() => {
    if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
  }, []);
  return (
    <PageContainer>
      <PageTitle>{t('installer.title')}</PageTitle>
      <Lead>{t('installer.lead')}</Lead>
      <EnrolForm arrival={arrival} />
    </PageContainer>
  );
}
