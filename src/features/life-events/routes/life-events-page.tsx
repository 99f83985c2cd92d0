// /evenements-de-vie — every journey, grouped by theme as on the public hub.
import { useTranslation } from 'react-i18next';
import { THEMES, lifeEvents, localize } from '../../../shared/content/index.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { GridCol, GridRow } from '../../../shared/ui/grid.tsx';
import { Lead, PageContainer, PageTitle, Section } from '../../../shared/ui/page.tsx';
import { Tile } from '../../../shared/ui/tile.tsx';

export function LifeEventsPage() {
  const { t, i18n } = useTranslation('life-events');
  usePageTitle(t('listTitle'));
  const lang = i18n.resolvedLanguage ?? 'fr';
  return (
    <PageContainer>
      <PageTitle>{t('listTitle')}</PageTitle>
      <Lead>{t('listLead', { count: lifeEvents.length })}</Lead>
      {THEMES.map((theme) => {
        const events = lifeEvents.filter((e) => e.theme === theme);
        return events.length > 0 ? (
          <Section key={theme} title={t(`themes.${theme}`)}>
            <GridRow>
              {events.map((e) => (
                <GridCol key={e.slug} sm={6} lg={4}>
                  <Tile
                    title={localize(e.title, lang)}
                    description={localize(e.summary, lang)}
                    to={`/evenements-de-vie/${e.slug}`}
                  />
                </GridCol>
              ))}
            </GridRow>
          </Section>
        ) : null;
      })}
    </PageContainer>
  );
}
