import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card.tsx';
import { GridCol, GridRow } from '../../../shared/ui/grid.tsx';
import { Tile } from '../../../shared/ui/tile.tsx';
import { Lead, PageContainer, PageTitle, Section, TextLink } from '../../../shared/ui/page.tsx';
import { Callout } from '../../../shared/ui/notice.tsx';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';

const PILLARS = [
  { key: 'rights', to: '/droits' },
  { key: 'simulate', to: '/simuler' },
  { key: 'alerts', to: '/alertes' },
  { key: 'procedures', to: '/demarches' },
] as const;

const EVENTS = [
  'naissance',
  'demenagement',
  'recherche-emploi',
  'separation',
  'deces-proche',
  'retraite',
  'handicap-adulte',
  'maladie',
] as const;

export function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('title'));
  return (
    <PageContainer>
      <PageTitle>{t('title')}</PageTitle>
      <Lead>{t('lead')}</Lead>
      <Section title={t('pillarsTitle')}>
        <GridRow>
          {PILLARS.map((p) => (
            <GridCol key={p.key} md={6} lg={3}>
              <Card
                title={t(`pillars.${p.key}.title`)}
                description={t(`pillars.${p.key}.text`)}
                to={p.to}
              />
            </GridCol>
          ))}
        </GridRow>
      </Section>
      <Section title={t('eventsTitle')}>
        <p>{t('eventsLead')}</p>
        <GridRow>
          {EVENTS.map((slug) => (
            <GridCol key={slug} sm={6} lg={3}>
              <Tile title={t(`events.${slug}`)} to={`/evenements-de-vie/${slug}`} />
            </GridCol>
          ))}
        </GridRow>
        <p>
          <TextLink to="/evenements-de-vie">{t('allEvents')}</TextLink>
        </p>
      </Section>
      <Callout title={t('helpTitle')}>
        <p>{t('helpText')}</p>
        <p>
          <TextLink to="/accompagnement">{t('helpLink')}</TextLink>
        </p>
      </Callout>
    </PageContainer>
  );
}
