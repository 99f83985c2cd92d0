// /simuler/et-si: one change, and the results before and after side by side.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenefitId } from '../../../engine/contract.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { ButtonLink } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../shared/ui/page.tsx';
import { ComparisonTable } from '../components/comparison-table.tsx';
import { WhatIfForm } from '../components/what-if-form.tsx';
import { useSimulation } from '../hooks/simulation-context.tsx';
import { useEngine } from '../hooks/use-engine.ts';
import { monthOf, runSimulation } from '../utils/run.ts';
import { applyChange } from '../utils/what-if.ts';
import type { Change } from '../utils/what-if.ts';

export function WhatIfPage() {
  const { t } = useTranslation('simulate');
  usePageTitle(t('whatIf.title'));
  const { draft } = useSimulation();
  const { engine, failed } = useEngine();
  const [change, setChange] = useState<Change>();
  const now = new Date();
  const period = monthOf(now);
  const benefits = draft.benefits as readonly BenefitId[];
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  let comparison:
    | { before: ReturnType<typeof runSimulation>; after: ReturnType<typeof runSimulation> }
    | 'error'
    | undefined;
  if (engine && change) {
    try {
      comparison = {
        before: runSimulation(engine, draft.answers, benefits, period),
        after: runSimulation(engine, applyChange(draft.answers, change), benefits, period),
      };
    } catch {
      comparison = 'error';
    }
  }
  return (
    <PageContainer>
      <PageTitle>{t('whatIf.title')}</PageTitle>
      <Lead>{t('whatIf.intro')}</Lead>
      <WhatIfForm couple={draft.answers.couple === true} onChange={setChange} today={today} />
      {failed || comparison === 'error' ? (
        <Alert severity="error" live>
          {t('errors.engine')}
        </Alert>
      ) : null}
      <div aria-live="polite">
        {engine && comparison && comparison !== 'error' ? (
          <ComparisonTable
            infos={engine.benefits}
            before={comparison.before}
            after={comparison.after}
          />
        ) : null}
      </div>
      <ButtonLink to="/simuler/resultats" priority="secondary">
        {t('nav.results')}
      </ButtonLink>
    </PageContainer>
  );
}
