// The current step's content: error summary first, then its fields and its buttons.
import { useTranslation } from 'react-i18next';
import { Button, ButtonsGroup } from '../../../../shared/ui/button.tsx';
import { Alert } from '../../../../shared/ui/notice.tsx';
import type { useTellUsOnce } from '../hooks/use-tell-us-once.ts';
import { FIELDS, type Field } from '../utils/form.ts';
import { errorText } from '../utils/messages.ts';
import { AddressFields } from './address-fields.tsx';
import { ChangeSummary } from './change-summary.tsx';
import { ContactFields } from './contact-fields.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { FamilyFields } from './family-fields.tsx';
import { KindFields } from './kind-fields.tsx';
import { LoginPrompt } from './login-prompt.tsx';
import { Unreachable } from './unreachable.tsx';
import { Receipts } from './receipts.tsx';
import { RecipientsFields } from './recipients-fields.tsx';

const DETAILS = { address: AddressFields, contact: ContactFields, family: FamilyFields };

export function StepBody({
  flow,
  draftKept,
  discreet,
}: {
  readonly flow: ReturnType<typeof useTellUsOnce>;
  readonly draftKept: boolean;
  readonly discreet: boolean;
}) {
  const { t } = useTranslation('procedures-tell-us-once');
  const { draft, step, errors } = flow;
  if (!draft) return null;
  const kind = draft.values.kind;
  const error = (f: Field) => (errors[f] ? { error: errorText(t, errors[f]) } : {});
  const order: readonly Field[] =
    step === 'kind'
      ? ['kind']
      : step === 'recipients'
        ? ['organisations']
        : kind
          ? FIELDS[kind]
          : [];
  const props = { values: draft.values, set: flow.setValues, error };
  const Details = kind ? DETAILS[kind] : undefined;
  const next = flow.busy ? t('nav.checking') : t('nav.next');
  return (
    <>
      <ErrorSummary errors={errors} order={order} />
      {flow.problem ? (
        <Alert severity="error" live>
          <p>{t(`errors.${flow.problem}`)}</p>
        </Alert>
      ) : null}
      {step === 'kind' ? <KindFields {...props} /> : null}
      {step === 'details' && Details ? <Details {...props} /> : null}
      {step === 'login' ? <LoginPrompt draftKept={draftKept} discreet={discreet} /> : null}
      {step === 'recipients' && flow.preview ? (
        <>
          <h3>{t('recipients.summaryTitle')}</h3>
          <ChangeSummary content={flow.preview.content} />
          <Unreachable organisations={flow.preview.unreachable} />
          {flow.preview.recipients.length === 0 ? (
            <p>{t('recipients.none')}</p>
          ) : (
            <RecipientsFields
              recipients={flow.preview.recipients}
              chosen={flow.chosen}
              onChange={flow.setChosen}
              {...error('organisations')}
            />
          )}
        </>
      ) : null}
      {step === 'receipts' && flow.sentId ? <Receipts id={flow.sentId} /> : null}
      <ButtonsGroup>
        {step === 'kind' || step === 'details' ? <Button type="submit">{next}</Button> : null}
        {step === 'recipients' && flow.preview?.recipients.length ? (
          <Button type="submit" disabled={flow.busy}>
            {t('nav.send')}
          </Button>
        ) : null}
        {step === 'details' || step === 'login' || step === 'recipients' ? (
          <Button priority="secondary" onClick={flow.back}>
            {t('nav.back')}
          </Button>
        ) : null}
        {step === 'receipts' ? <Button onClick={flow.restart}>{t('nav.restart')}</Button> : null}
      </ButtonsGroup>
    </>
  );
}
