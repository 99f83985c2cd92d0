// /simuler/resultats: amounts, explanations, what to prepare and where to apply.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenefitId } from '../../../engine/contract.ts';
import { nextQuestion } from '../../../engine/questions/index.ts';
import { useDeviceMode } from '../../../shared/hooks/use-device-mode.ts';
import { useMayPrint } from '../../../shared/hooks/use-device-capabilities.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Button, ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { NoPrint, PrintOnly } from '../../../shared/ui/print.tsx';
import { PhoneShare } from '../components/phone-share.tsx';
import { QuestionnaireStepper } from '../components/questionnaire-stepper.tsx';
import { ResultsList } from '../components/results-list.tsx';
import { useSimulation } from '../hooks/simulation-context.tsx';
import { useEngine } from '../hooks/use-engine.ts';
import { usePlanOptions } from '../hooks/use-plan-options.ts';
import { useResults } from '../hooks/use-results.ts';
import { monthLabel } from '../utils/format.ts';
import { monthOf } from '../utils/run.ts';

const PERIOD = monthOf(new Date());

export function ResultsPage() {
  const { t, i18n } = useTranslation('simulate');
  usePageTitle(t('results.title'));
  const { draft, ready, setBenefits } = useSimulation();
  const { engine, failed, retry } = useEngine();
  const optionsOf = usePlanOptions();
  const benefits = draft.benefits as readonly BenefitId[];
  const state = useResults(engine, draft.answers, benefits, PERIOD);
  const [sharing, setSharing] = useState(false);
  const mayPrint = useMayPrint();
  // Where nothing may stay on the device, the print dialog is not offered as "save as PDF".
  const { mayKeep } = useDeviceMode();
  const pending =
    ready && engine ? nextQuestion(draft.answers, optionsOf(draft.answers)) : undefined;

  return (
    <PageContainer>
      <PageTitle>{t('results.title')}</PageTitle>
      <PrintOnly>
        <p>
          {t('print.generated', {
            date: new Date().toLocaleDateString(i18n.language === 'fr' ? 'fr-FR' : i18n.language),
            month: monthLabel(PERIOD.year, PERIOD.month, i18n.language),
          })}
        </p>
      </PrintOnly>
      <QuestionnaireStepper step="resultats" />
      <p>{t('results.period', { month: monthLabel(PERIOD.year, PERIOD.month, i18n.language) })}</p>
      {pending ? (
        <Alert severity="warning">
          {t('results.pending')}{' '}
          <ButtonLink
            to={`/simuler/questions?q=${encodeURIComponent(pending.key)}`}
            priority="tertiary"
          >
            {t('results.continue')}
          </ButtonLink>
        </Alert>
      ) : null}
      {failed || state.kind === 'error' ? (
        <Alert severity="error" live>
          {t('errors.engine')}{' '}
          <Button priority="tertiary" onClick={retry}>
            {t('results.retry')}
          </Button>
        </Alert>
      ) : null}
      {state.kind === 'loading' && !failed ? <p role="status">{t('results.loading')}</p> : null}
      {state.kind === 'done' && engine ? (
        <ResultsList infos={engine.benefits} results={state.results} />
      ) : null}
      <NoPrint>
        <h2>{t('results.actions')}</h2>
        <ButtonsGroup>
          <ButtonLink to="/simuler/recapitulatif" priority="secondary">
            {t('results.edit')}
          </ButtonLink>
          <ButtonLink to="/simuler/et-si" priority="secondary">
            {t('results.whatIf')}
          </ButtonLink>
          {mayPrint ? (
            <Button
              priority="secondary"
              onClick={() => {
                window.print();
              }}
            >
              {mayKeep ? t('results.print') : t('results.printShared')}
            </Button>
          ) : null}
          <Button
            priority="secondary"
            onClick={() => {
              setSharing(true);
            }}
          >
            {t('results.phone')}
          </Button>
          {benefits.length > 0 ? (
            <Button
              priority="tertiary"
              onClick={() => {
                setBenefits([]);
              }}
            >
              {t('results.otherBenefits')}
            </Button>
          ) : null}
        </ButtonsGroup>
        <PhoneShare
          open={sharing}
          onClose={() => {
            setSharing(false);
          }}
        />
      </NoPrint>
      <p>{t('results.offline')}</p>
    </PageContainer>
  );
}
