// The kiosk's start screen (1080×1920 portrait or 1920×1080 landscape): the language first, then
// the main tasks as very large touch targets.
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { kioskConfig } from '../../../shared/lib/device-mode.ts';
import { KioskLanguages, KioskTasks } from '../../../shared/ui/kiosk.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle, Section } from '../../../shared/ui/page.tsx';
import { TICKET_PATH } from '../components/kiosk-shell.tsx';

export function StartPage() {
  const { t, i18n } = useTranslation('kiosk');
  const navigate = useNavigate();
  const installed = (useLocation().state as { installed?: unknown } | null)?.installed;
  const config = kioskConfig();
  usePageTitle(t('start.title'));
  const offered = config?.languages ?? ['fr'];
  const languages = LANGUAGES.filter((l) => offered.includes(l.code));
  return (
    <PageContainer>
      {typeof installed === 'string' ? (
        <div role="status">
          <Alert severity="success">{t('installer.done', { name: installed })}</Alert>
        </div>
      ) : null}
      <PageTitle>{t('start.title')}</PageTitle>
      {languages.length > 1 ? (
        <section aria-labelledby="kiosk-language">
          <h2 id="kiosk-language">{t('start.language')}</h2>
          <KioskLanguages
            label={t('start.language')}
            current={i18n.resolvedLanguage ?? i18n.language}
            options={languages}
            onChoose={(code) => {
              // This visit only: never remembered on a shared screen.
              void i18n.changeLanguage(code);
            }}
          />
        </section>
      ) : null}
      <Section title={t('start.tasks')}>
        <KioskTasks
          label={t('start.tasks')}
          tasks={[
            { id: 'simulate', label: t('start.simulate'), to: '/simuler' },
            { id: 'rights', label: t('start.rights'), to: '/droits' },
            { id: 'life-events', label: t('start.lifeEvents'), to: '/evenements-de-vie' },
            { id: 'procedures', label: t('start.procedures'), to: '/demarches' },
            {
              id: 'agent',
              label: t('start.agent'),
              onClick: () => {
                void navigate(TICKET_PATH);
              },
            },
          ]}
        />
      </Section>
    </PageContainer>
  );
}
