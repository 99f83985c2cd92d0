import { useTranslation } from 'react-i18next';
import { lifeEvents, localize } from '../../../shared/content/index.ts';
import { GridCol, GridRow } from '../../../shared/ui/grid.tsx';
import { Tile } from '../../../shared/ui/tile.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';

export function LifeEventsPage() {
  const { t, i18n } = useTranslation('life-events');
  usePageTitle(t('listTitle'));
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <PageContainer>
      <PageTitle>{t('listTitle')}</PageTitle>
      <Lead>{t('listLead')}</Lead>
      <GridRow>
        {lifeEvents.map((e) => (
          <GridCol key={e.slug} sm={6} lg={4}>
            <Tile
              title={localize(e.title, lang)}
              description={localize(e.summary, lang)}
              to={`/evenements-de-vie/${e.slug}`}
              headingLevel={2}
            />
          </GridCol>
        ))}
      </GridRow>
    </PageContainer>
  );
}
