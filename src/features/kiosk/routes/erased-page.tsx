// After a reset: what was erased from this screen, then a fresh start for the next person.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { ButtonLink } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { decodeSummary } from '../lib/erase-summary.ts';

export function ErasedPage() {
  const { t } = useTranslation('kiosk');
  usePageTitle(t('erased.title'));
  const [summary] = useState(() =>
    decodeSummary(new URLSearchParams(window.location.search).get('state')),
  );
  useEffect(() => {
    // The counts are shown once; the address keeps nothing.
    if (window.location.search) history.replaceState(null, '', window.location.pathname);
  }, []);
  return (
    <PageContainer>
      <PageTitle>{t('erased.title')}</PageTitle>
      <div role="status">
        <Alert severity="success">
          <p>{t('erased.lead')}</p>
        </Alert>
      </div>
      <Lead>{t('erased.listTitle')}</Lead>
      <ul data-testid="kiosk-erased">
        <li>{t('erased.answers')}</li>
        {summary ? (
          <>
            <li>{t('erased.storage', { count: summary.storage })}</li>
            <li>{t('erased.databases', { count: summary.databases })}</li>
            <li>{t('erased.caches', { count: summary.caches })}</li>
          </>
        ) : null}
        <li>{t('erased.cookies')}</li>
        <li>{t('erased.history')}</li>
        <li>{summary?.signedOut === false ? t('erased.offline') : t('erased.sessions')}</li>
      </ul>
      <ButtonLink to="/borne">{t('erased.again')}</ButtonLink>
    </PageContainer>
  );
}
