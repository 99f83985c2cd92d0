// /borne on any device that is not a kiosk: what the kiosk is, and how a reception area installs one.
import { useTranslation } from 'react-i18next';
import { ContentPage } from '../../../shared/components/content-page.tsx';
import { Section, TextLink } from '../../../shared/ui/page.tsx';

export function NotEnrolledPage() {
  const { t } = useTranslation('kiosk');
  const steps = t('install.steps', { returnObjects: true, defaultValue: [] }) as unknown;
  return (
    <ContentPage namespace="pillars" page="kiosk">
      <Section title={t('install.title')}>
        <p>{t('install.lead')}</p>
        {Array.isArray(steps) ? (
          <ol>
            {(steps as string[]).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        ) : null}
        <p>
          <TextLink to="/borne/installer">{t('install.link')}</TextLink>
        </p>
      </Section>
    </ContentPage>
  );
}
