// /borne on any device that is not a kiosk: what the kiosk is, how a reception area installs one,
// and the installation itself (the code an agent gave, typed here); agents create that code from
// their workspace.
import { useTranslation } from 'react-i18next';
import { ContentPage } from '../../../shared/components/content-page.tsx';
import { Section, TextLink } from '../../../shared/ui/page.tsx';
import { EnrolForm } from '../components/enrol-form.tsx';

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
        <EnrolForm />
      </Section>
      <Section title={t('install.agentsTitle')}>
        <p>{t('install.agentsLead')}</p>
        <p>
          <TextLink to="/accompagnement">{t('install.agentsLink')}</TextLink>
        </p>
      </Section>
    </ContentPage>
  );
}
