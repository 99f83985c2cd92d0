import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lifeEventBySlug, linkById, localize } from '../../../shared/content/index.ts';
import { ButtonLink } from '../../../shared/ui/button.tsx';
import { Callout } from '../../../shared/ui/notice.tsx';
import {
  ExternalLink,
  Lead,
  PageContainer,
  PageTitle,
  Section,
  TextLink,
} from '../../../shared/ui/page.tsx';
import { QuickExit } from '../../../shared/ui/quick-exit.tsx';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { StepList } from '../components/step-list.tsx';

const NEUTRAL_SITE = 'https://meteofrance.com';

export function LifeEventPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('life-events');
  const lang = i18n.resolvedLanguage ?? 'fr';
  const event = lifeEventBySlug(slug);
  usePageTitle(event ? localize(event.title, lang) : t('notFoundTitle'));
  if (!event) {
    return (
      <PageContainer>
        <PageTitle>{t('notFoundTitle')}</PageTitle>
        <Lead>{t('notFoundText')}</Lead>
        <TextLink to="/evenements-de-vie">{t('backToList')}</TextLink>
      </PageContainer>
    );
  }
  const simulateUrl = `/simuler?benefits=${event.benefits.join(',')}&situation=${event.slug}`;
  return (
    <PageContainer>
      {event.discreet ? <QuickExit label={t('quickExit')} to={NEUTRAL_SITE} /> : null}
      <PageTitle>{localize(event.title, lang)}</PageTitle>
      <Lead>{localize(event.summary, lang)}</Lead>
      {event.discreet ? <Callout>{t('discreetNotice')}</Callout> : null}
      <Section title={t('stepsTitle')}>
        <StepList event={event} />
      </Section>
      {event.benefits.length > 0 ? (
        <Section title={t('benefitsTitle')}>
          <p>{t('benefitsText')}</p>
          <ButtonLink to={simulateUrl}>{t('benefitsAction')}</ButtonLink>
        </Section>
      ) : null}
      {event.services.length > 0 ? (
        <Section title={t('servicesTitle')}>
          <ul>
            {event.services.map((s) => {
              const link = linkById(s.link);
              return link ? (
                <li key={s.link}>
                  <ExternalLink href={link.url} newWindowLabel={t('newWindow')}>
                    {localize(s.label, lang)}
                  </ExternalLink>
                </li>
              ) : null;
            })}
          </ul>
        </Section>
      ) : null}
    </PageContainer>
  );
}
