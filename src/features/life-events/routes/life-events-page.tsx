// /evenements-de-vie — every journey, grouped by theme as on the public hub.
import { useTranslation } from 'react-i18next';
import { THEMES, lifeEvents, localize, type Theme } from '../../../shared/content/index.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { GridCol, GridRow } from '../../../shared/ui/grid.tsx';
import { IconSection, type SectionIcon } from '../../../shared/ui/icon-section.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { Tile } from '../../../shared/ui/tile.tsx';

const THEME_ICONS: Readonly<Record<Theme, SectionIcon>> = {
  famille: 'parent-line',
  logement: 'home-4-line',
  emploi: 'briefcase-line',
  sante: 'heart-pulse-line',
  handicap: 'wheelchair-line',
  'grand-age': 'user-heart-line',
  international: 'earth-line',
  urgence: 'shield-line',
};

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
          <IconSection key={theme} icon={THEME_ICONS[theme]} title={t(`themes.${theme}`)}>
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
          </IconSection>
        ) : null;
      })}
    </PageContainer>
  );
}
