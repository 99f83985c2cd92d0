// The shell around every page: skip links, header with navigation and tools, main content,
// footer, display settings, offline notice and update prompt.
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Footer, FooterButton } from '../shared/ui/footer.tsx';
import { Header } from '../shared/ui/header.tsx';
import { SkipLinks } from '../shared/ui/skip-links.tsx';
import { config } from '../shared/config/index.ts';
import { DiscreetExit, DiscreetSpacer } from '../shared/components/discreet-exit.tsx';
import { DisplaySettings } from './display-settings.tsx';
import { LanguageTool } from './language-tool.tsx';
import { OfflineNotice } from './offline-notice.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { PageLoading } from './page-loading.tsx';
import { useUnreadAlerts } from '../features/alerts/unread.ts';
import { isEnrolledKiosk, subscribeEnrolment } from '../shared/lib/kiosk-flag.ts';
import { pendingUpdate } from './service-worker.ts';

const UnreadBadge = lazy(() => import('../features/alerts/components/unread-badge.tsx'));
// On an enrolled kiosk only: its bar, inactivity reset and check-ins (a chunk of its own).
const KioskShell = lazy(() =>
  import('../features/kiosk/index.ts').then((m) => ({ default: m.KioskShell })),
);

const PARTNERS = [
  { href: 'https://www.service-public.fr', label: 'service-public.fr' },
  { href: 'https://www.mesdroitssociaux.gouv.fr', label: 'mesdroitssociaux.gouv.fr' },
  { href: 'https://www.legifrance.gouv.fr', label: 'legifrance.gouv.fr' },
  { href: 'https://www.info.gouv.fr', label: 'info.gouv.fr' },
];

export function Layout() {
  const { t } = useTranslation();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const unread = useUnreadAlerts();
  const kiosk = useSyncExternalStore(subscribeEnrolment, isEnrolledKiosk, () => false);
  const { pathname } = useLocation();
  useEffect(() => {
    // Tells tests (and assistive tooling) that the application has taken over the page.
    document.documentElement.dataset.appReady = 'true';
  }, []);
  const nav = [
    { to: '/', label: t('nav.home') },
    { to: '/droits', label: t('nav.rights') },
    { to: '/simuler', label: t('nav.simulate') },
    {
      to: '/alertes',
      label: t('nav.alerts'),
      extra:
        unread > 0 ? (
          <Suspense fallback={null}>
            <UnreadBadge count={unread} />
          </Suspense>
        ) : null,
    },
    { to: '/demarches', label: t('nav.procedures') },
    { to: '/evenements-de-vie', label: t('nav.lifeEvents') },
  ];
  return (
    <>
      <SkipLinks
        label={t('skipLinks.label')}
        links={[
          { href: '#contenu', label: t('skipLinks.content') },
          { href: '#header-navigation', label: t('skipLinks.menu') },
          { href: '#footer', label: t('skipLinks.footer') },
        ]}
      />
      <DiscreetExit />
      <Header
        operatorLines={config.operatorLines}
        serviceTitle={config.serviceTitle}
        tagline={t('service.tagline')}
        homeTitle={t('service.homeTitle')}
        navLabel={t('nav.label')}
        nav={nav}
        menuLabel={t('nav.menu')}
        closeLabel={t('nav.close')}
        tools={<LanguageTool />}
      />
      {kiosk ? (
        <Suspense fallback={null}>
          <KioskShell pendingUpdate={pendingUpdate} />
        </Suspense>
      ) : null}
      <OfflineNotice />
      <UpdatePrompt />
      <main id="contenu" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          {kiosk && pathname === '/' ? <Navigate to="/borne" replace /> : <Outlet />}
        </Suspense>
      </main>
      <Footer
        operatorLines={config.operatorLines}
        homeTitle={t('service.homeTitle')}
        description={t('service.description')}
        partners={PARTNERS.map((p) => ({
          ...p,
          title: t('footer.partnersTitle', { name: p.label }),
        }))}
        bottomLinks={[
          { to: '/plan-du-site', label: t('footer.sitemap') },
          { to: '/accessibilite', label: t('footer.accessibility') },
          { to: '/mentions-legales', label: t('footer.legal') },
          { to: '/donnees-personnelles', label: t('footer.privacy') },
          { to: '/aide', label: t('footer.help') },
        ]}
        bottomExtra={
          <FooterButton
            controls="display-settings"
            onClick={() => {
              setSettingsOpen(true);
            }}
          >
            {t('display.open')}
          </FooterButton>
        }
        licence={t('footer.licence')}
      />
      <DisplaySettings
        open={settingsOpen}
        onClose={() => {
          setSettingsOpen(false);
        }}
      />
      <DiscreetSpacer />
    </>
  );
}
