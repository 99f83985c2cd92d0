// /simuler/questions: one question per screen on mobile, a whole step per screen on desktop.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useDeviceMode } from '../../../shared/hooks/use-device-mode.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { GridCol, GridRow } from '../../../shared/ui/grid.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import { QuestionForm } from '../components/question-form.tsx';
import { QuestionnaireStepper } from '../components/questionnaire-stepper.tsx';
import { useSimulation } from '../hooks/simulation-context.tsx';
import { useMediaQuery } from '../hooks/use-media-query.ts';
import { usePlanOptions } from '../hooks/use-plan-options.ts';
import { currentScreen, nextSearch, previousSearch } from '../utils/screens.ts';
import { useProfilePrefill } from '../hooks/use-profile-prefill.ts';
import { isOriented, orientationFromSearch } from '../utils/entry.ts';

export function QuestionnairePage() {
  const { t } = useTranslation('simulate');
  usePageTitle(t('entry.title'));
  const sim = useSimulation();
  const { mode } = useDeviceMode();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const grouped = useMediaQuery('(min-width: 62em)');
  const options = usePlanOptions();
  const oriented = isOriented(search);
  useProfilePrefill(search.get('prefill') === 'profile');

  const applied = useRef(false);
  useEffect(() => {
    if (!sim.ready || !oriented || applied.current) return;
    applied.current = true;
    const o = orientationFromSearch(search);
    sim.setBenefits(o.benefits);
    // What the situation tells fills only what is not answered yet.
    sim.setAnswers(
      Object.fromEntries(Object.entries(o.answers).filter(([k]) => !(k in sim.draft.answers))),
    );
    void navigate('/simuler/questions', { replace: true });
  }, [sim, oriented, search, navigate]);

  if (!sim.ready || oriented) return null;
  const screen = currentScreen(sim.draft.answers, options, search, grouped);
  if (!screen) return <Navigate to="/simuler/resultats" replace />;
  // Pin the screen in the URL: answering must not swap the question under the person's eyes.
  if (!search.has('q') && !search.has('etape')) {
    const pin = grouped
      ? `etape=${screen.step}`
      : `q=${encodeURIComponent(screen.questions[0]?.key ?? '')}`;
    return (
      <Navigate
        to={`/simuler/questions?${pin}${search.size > 0 ? `&${search.toString()}` : ''}`}
        replace
      />
    );
  }
  const back = () => {
    const prev = previousSearch(screen, sim.draft.answers, options, grouped);
    void navigate(prev ? `/simuler/questions${prev}` : '/simuler');
  };
  const returnTo = search.get('retour') === 'recapitulatif' ? '/simuler/recapitulatif' : undefined;

  return (
    <PageContainer>
      <PageTitle>{t('entry.title')}</PageTitle>
      <GridRow>
        <GridCol md={10} lg={8}>
          <QuestionnaireStepper step={screen.step} />
          {sim.imported ? <Alert severity="info">{t('phone.imported')}</Alert> : null}
          <p>{t('progress', { current: screen.index + 1, count: screen.total })}</p>
          <QuestionForm
            key={grouped ? screen.step : screen.questions[0]?.key}
            questions={screen.questions}
            onBack={back}
            onDone={(values) => {
              const next = nextSearch(
                screen,
                { ...sim.draft.answers, ...values },
                options,
                grouped,
              );
              void navigate(
                returnTo ?? (next ? `/simuler/questions${next}` : '/simuler/resultats'),
              );
            }}
          />
          <p>
            <TextLink to="/simuler/recapitulatif">{t('nav.summary')}</TextLink>
          </p>
          <p>
            {t(sim.persisted ? 'nav.saved' : mode === 'kiosk' ? 'nav.notSaved' : 'nav.notKept')}
          </p>
        </GridCol>
      </GridRow>
    </PageContainer>
  );
}
