// "Signaler une erreur" on one piece of data: a small form that opens in place, checks the
// message like the server does, keeps what was typed whatever happens, and confirms the report.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { RequiredNotice } from '../../../shared/ui/required-notice.tsx';
import { SelectField } from '../../../shared/ui/select-field.tsx';
import { SmallButton } from '../../../shared/ui/small-button.tsx';
import { SrOnly } from '../../../shared/ui/sr-only.tsx';
import { TextareaField } from '../../../shared/ui/textarea-field.tsx';
import { useCreateReport } from '../api/queries.ts';
import type { Session } from '../api/http.ts';
import { organisationName } from '../lib/organisations.ts';
import { checkReport, type ReportErrors } from '../lib/report.ts';

export interface ReportErrorProps {
  readonly session: Session;
  /** What is reported, e.g. `right:rsa`. */
  readonly subject: string;
  /** The data's name, to tell the buttons apart for screen readers. */
  readonly what: string;
  /** Organisations that hold this data; the person picks one when there are several. */
  readonly organisations: readonly string[];
}

export function ReportError({ session, subject, what, organisations }: ReportErrorProps) {
  const { t, i18n } = useTranslation(['rights', 'common']);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [organisation, setOrganisation] = useState(
    organisations.length === 1 ? (organisations[0] ?? '') : '',
  );
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<ReportErrors>({});
  const create = useCreateReport(session);
  const confirmation = useRef<HTMLDivElement>(null);
  const confirmed = create.isSuccess && !open;
  useEffect(() => {
    // The form that had the focus is now hidden: the confirmation takes it, not <body>.
    if (confirmed) confirmation.current?.focus();
  }, [confirmed]);

  const submit = (event: React.SyntheticEvent) => {
    event.preventDefault();
    const found = checkReport({ organisation, message });
    setErrors(found);
    if (found.organisation || found.message) {
      const field = found.organisation ? 'select' : 'textarea';
      form.current?.querySelector<HTMLElement>(field)?.focus();
      return;
    }
    create.mutate(
      { organisation, subject, message: message.trim() },
      {
        onSuccess: () => {
          setMessage('');
          setOpen(false);
        },
      },
    );
  };

  return (
    <div>
      <SmallButton
        expanded={open}
        controls={id}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {t('report.open')} <SrOnly>{t('report.about', { what })}</SrOnly>
      </SmallButton>
      {create.isSuccess && !open ? (
        <div role="status" ref={confirmation} tabIndex={-1}>
          <Alert severity="success">
            {t('report.sent', {
              organisation: organisationName(create.data.organisation, i18n.language),
            })}
          </Alert>
        </div>
      ) : null}
      <form
        id={id}
        ref={form}
        hidden={!open}
        noValidate
        onSubmit={submit}
        aria-label={t('report.formLabel', { what })}
      >
        <RequiredNotice text={t('common:form.requiredNotice')} />
        {organisations.length > 1 ? (
          <SelectField
            label={t('report.organisation')}
            required
            placeholder={t('report.chooseOrganisation')}
            options={organisations.map((o) => ({
              value: o,
              label: organisationName(o, i18n.language),
            }))}
            value={organisation}
            onChange={setOrganisation}
            {...(errors.organisation ? { error: t(`report.errors.${errors.organisation}`) } : {})}
          />
        ) : null}
        <TextareaField
          label={t('report.message')}
          required
          hint={t('report.messageHint')}
          rows={4}
          value={message}
          onChange={setMessage}
          {...(errors.message ? { error: t(`report.errors.${errors.message}`) } : {})}
        />
        {create.isError ? (
          <Alert severity="error" live>
            {t('report.failed', { reason: create.error.message })}
          </Alert>
        ) : null}
        <Button type="submit" disabled={create.isPending}>
          {t('report.submit')}
        </Button>
      </form>
    </div>
  );
}
