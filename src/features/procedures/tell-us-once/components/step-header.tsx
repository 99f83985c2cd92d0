// "Étape 2 sur 4": the journey's stepper. The login detour counts as the consent step.
import { useTranslation } from 'react-i18next';
import { Stepper } from '../../../../shared/ui/stepper.tsx';
import type { Step } from '../hooks/use-tell-us-once.ts';

const ORDER = ['kind', 'details', 'recipients', 'receipts'] as const;

export function StepHeader({ step }: { readonly step: Step }) {
  const { t } = useTranslation('procedures-tell-us-once');
  const index = ORDER.indexOf(step === 'login' ? 'recipients' : step);
  const nextStep = ORDER[index + 1];
  return (
    <Stepper
      current={index + 1}
      count={ORDER.length}
      title={t(`steps.${ORDER[index] ?? 'kind'}`)}
      stateLabel={t('steps.state', { current: index + 1, count: ORDER.length })}
      {...(nextStep ? { nextLabel: t('steps.next', { title: t(`steps.${nextStep}`) }) } : {})}
    />
  );
}
