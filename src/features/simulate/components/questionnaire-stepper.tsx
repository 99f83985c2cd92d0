// The stepper over Foyer → Situation → Logement → Ressources → Résultats.
import { useTranslation } from 'react-i18next';
import { STEPS } from '../../../engine/questions/index.ts';
import type { StepId } from '../../../engine/questions/index.ts';
import { Stepper } from '../../../shared/ui/stepper.tsx';

const ALL = [...STEPS, 'resultats'] as const;

export function QuestionnaireStepper({ step }: { readonly step: StepId | 'resultats' }) {
  const { t } = useTranslation('simulate');
  const index = ALL.indexOf(step);
  const next = ALL[index + 1];
  return (
    <Stepper
      current={index + 1}
      count={ALL.length}
      title={t(`steps.${step}`)}
      stateLabel={t('steps.state', { current: index + 1, count: ALL.length })}
      {...(next ? { nextLabel: t('steps.next', { step: t(`steps.${next}`) }) } : {})}
    />
  );
}
