// The form itself: the current step's fields (or the review), the error summary, and the
// buttons. Every change is kept on the device at once (not on a shared device).
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDef } from '../../../../shared/contracts/procedures.ts';
import { Button, ButtonsGroup } from '../../../../shared/ui/button.tsx';
import { RequiredNotice } from '../../../../shared/ui/required-notice.tsx';
import { Stepper } from '../../../../shared/ui/stepper.tsx';
import type { ProcedureFlow } from '../hooks/use-procedure-form.ts';
import { ErrorSummary } from './error-summary.tsx';
import { ProcedureField } from './procedure-field.tsx';
import { ReviewStep } from './review-step.tsx';

export function ProcedureForm({
  def,
  flow,
}: {
  readonly def: ProcedureDef;
  readonly flow: ProcedureFlow;
}) {
  const { t } = useTranslation(['procedures-forms', 'common']);
  const { draft, step, steps, errors, prefill } = flow;
  if (!draft) return null;
  const current = def.steps[step];
  const last = step === steps - 1;
  const title = (i: number) => t(`steps.${def.steps[i]?.id ?? 'review'}`);
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (last) void flow.submit();
    else flow.next();
  };
  return (
    <form onSubmit={submit} noValidate aria-busy={flow.busy}>
      <Stepper
        current={step + 1}
        count={steps}
        title={title(step)}
        stateLabel={t('stepper.state', { current: step + 1, count: steps })}
        {...(last ? {} : { nextLabel: t('stepper.next', { title: title(step + 1) }) })}
      />
      {current ? <RequiredNotice text={t('common:form.requiredNotice')} /> : null}
      <ErrorSummary
        errors={errors}
        line={(f, key) =>
          t('errors.line', {
            field:
              f === 'documents' || f === 'form' ? t(`review.${f}Label`) : t(`fields.${f}.label`),
            message: t(`errors.${key}`, { defaultValue: key }),
          })
        }
      />
      {current ? (
        current.fields.map((f) => {
          const value = draft.values[f.id] ?? '';
          const source = prefill?.sources[f.id];
          return (
            <ProcedureField
              key={f.id}
              field={f}
              value={value}
              error={errors[f.id]}
              prefilledFrom={source && prefill.values[f.id] === value ? source : undefined}
              onChange={(v) => {
                flow.setValue(f.id, v);
              }}
            />
          );
        })
      ) : (
        <ReviewStep def={def} flow={flow} />
      )}
      <ButtonsGroup>
        {step > 0 ? (
          <Button priority="secondary" onClick={flow.back}>
            {t('back')}
          </Button>
        ) : null}
        <Button type="submit" disabled={flow.busy}>
          {last ? t('send') : t('continue')}
        </Button>
      </ButtonsGroup>
    </form>
  );
}
