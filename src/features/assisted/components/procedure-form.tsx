// A procedure prepared with the person and sent in their name: the same fields and rules as
// the person's own form (shared contract), checked before sending; the receipt once sent.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkProcedure,
  fieldsOf,
  procedureById,
  type FieldDef,
  type ProcedureId,
  type ProcedureView,
} from '../../../shared/contracts/procedures.ts';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { SelectField } from '../../../shared/ui/select-field.tsx';
import { TextField } from '../../../shared/ui/text-field.tsx';
import { ApiError } from '../api/http.ts';
import { sendProcedure } from '../api/queries.ts';

const typeOf = (f: FieldDef) =>
  f.kind === 'past-date' || f.kind === 'future-date'
    ? 'date'
    : f.kind === 'email'
      ? 'email'
      : f.kind === 'phone'
        ? 'tel'
        : 'text';

export interface ProcedureFormProps {
  readonly csrf: string;
  readonly mandateId: string;
  readonly procedure: ProcedureId;
  readonly initial: Readonly<Record<string, string>>;
  readonly onSent: (receipt: ProcedureView) => void;
  readonly onRefused: (error: ApiError) => void;
}

export function ProcedureForm(p: ProcedureFormProps) {
  const { t } = useTranslation('assisted');
  const def = procedureById(p.procedure);
  const [values, setValues] = useState<Record<string, string>>({ ...p.initial });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [clientRef] = useState(() => crypto.randomUUID());
  if (!def) return null;
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problems = checkProcedure(def, values);
    setErrors(
      Object.fromEntries(
        problems.map((x) => [x.path.slice('values.'.length), t(`fieldErrors.${x.key}`)]),
      ),
    );
    if (problems.length > 0) return;
    setBusy(true);
    setFailed(undefined);
    const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
    sendProcedure(p.csrf, p.mandateId, p.procedure, filled, clientRef)
      .then((receipt) => {
        if (receipt) p.onSent(receipt);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 403) p.onRefused(error);
        else setFailed(error instanceof ApiError ? error.message : t('procedure.failed'));
      })
      .finally(() => {
        setBusy(false);
      });
  };
  const field = (f: FieldDef) => {
    const common = {
      label: t(`fields.${f.id}`) + (f.required ? '' : ` ${t('procedure.optional')}`),
      value: values[f.id] ?? '',
      onChange: (v: string) => {
        setValues((all) => ({ ...all, [f.id]: v }));
      },
      required: f.required,
      ...(errors[f.id] ? { error: errors[f.id] ?? '' } : {}),
    };
    if (f.kind === 'choice')
      return (
        <SelectField
          key={f.id}
          {...common}
          placeholder={t('procedure.choose')}
          options={(f.options ?? []).map((o) => ({ value: o, label: t(`choices.${o}`) }))}
        />
      );
    return <TextField key={f.id} {...common} type={typeOf(f)} />;
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t(`procedures.${p.procedure}`)}>
      <p>{t('procedure.required')}</p>
      {fieldsOf(def).map(field)}
      {failed ? (
        <Alert severity="error" live>
          {failed}
        </Alert>
      ) : null}
      <ButtonsGroup>
        <Button type="submit" disabled={busy}>
          {t('procedure.send')}
        </Button>
      </ButtonsGroup>
    </form>
  );
}
