// /simuler: two ways in, by situation or by benefit; both open the same questionnaire.
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { ButtonLink, ButtonsGroup, Button } from '../../../shared/ui/button.tsx';
import { GridCol, GridRow } from '../../../shared/ui/grid.tsx';
import { Lead, PageContainer, PageTitle, Section } from '../../../shared/ui/page.tsx';
import { Tile } from '../../../shared/ui/tile.tsx';
import { useSimulation } from '../hooks/simulation-context.tsx';
import { BENEFIT_GROUPS, SITUATIONS, isOriented, questionsUrl } from '../utils/entry.ts';
import type { BenefitGroup } from '../utils/entry.ts';

export function EntryPage() {
  const { t } = useTranslation('simulate');
  usePageTitle(t('entry.title'));
  const { draft, reset } = useSimulation();
  const [search] = useSearchParams();
  // Deep links (life events, possible rights) go straight to the oriented questionnaire.
  if (isOriented(search))
    return <Navigate to={`/simuler/questions?${search.toString()}`} replace />;
  const started = Object.keys(draft.answers).length > 0;
  return (
    <PageContainer>
      <PageTitle>{t('entry.title')}</PageTitle>
      <Lead>{t('entry.intro')}</Lead>
      <ButtonsGroup>
        {started ? <ButtonLink to="/simuler/questions">{t('entry.resume')}</ButtonLink> : null}
        <ButtonLink to={questionsUrl({})} priority={started ? 'secondary' : 'primary'}>
          {t('entry.all')}
        </ButtonLink>
        {started ? (
          <Button priority="tertiary" onClick={reset}>
            {t('entry.restart')}
          </Button>
        ) : null}
      </ButtonsGroup>
      <Section title={t('entry.bySituation')}>
        <GridRow>
          {SITUATIONS.map((s) => (
            <GridCol key={s} md={6} lg={4}>
              <Tile
                title={t(`entry.situations.${s}.title`)}
                description={t(`entry.situations.${s}.desc`)}
                to={questionsUrl({ situation: s })}
              />
            </GridCol>
          ))}
        </GridRow>
      </Section>
      <Section title={t('entry.byBenefit')}>
        <GridRow>
          {(Object.keys(BENEFIT_GROUPS) as BenefitGroup[]).map((g) => (
            <GridCol key={g} md={6} lg={4}>
              <Tile
                title={t(`entry.benefits.${g}.title`)}
                description={t(`entry.benefits.${g}.desc`)}
                to={questionsUrl({ benefits: g })}
              />
            </GridCol>
          ))}
        </GridRow>
      </Section>
    </PageContainer>
  );
}
