// /accompagnement/recapitulatif#d=…: on the person's phone, the summary the agent handed over.
// It came in the URL fragment: no server ever saw it, and nothing is stored.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { HandoffLines } from '../components/print-summary.tsx';
import { readHandoff } from '../lib/fragment.ts';

export function HandoffPage() {
  const { t } = useTranslation('assisted');
  usePageTitle(t('handoff.title'));
  const handoff = typeof window === 'undefined' ? undefined : readHandoff(window.location.hash);
  return (
    <PageContainer>
      <PageTitle>{handoff?.title ?? t('handoff.title')}</PageTitle>
      <Lead>{t('handoff.lead')}</Lead>
      {handoff ? (
        <HandoffLines handoff={handoff} />
      ) : (
        <Alert severity="warning">{t('handoff.unreadable')}</Alert>
      )}
    </PageContainer>
  );
}
