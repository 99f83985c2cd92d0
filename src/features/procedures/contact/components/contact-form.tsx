// Write to an organisation: chosen from the registry, or found from the topic; subject, text,
// and documents from "Mes justificatifs".
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_TOPICS, TOPIC_ORGANISATION } from '../../../../shared/contracts/messages.ts';
import { CONNECTED_ORGANISATIONS } from '../../../../shared/contracts/rights.ts';
import { organisationById } from '../../../../shared/content/index.ts';
import { Button, ButtonsGroup } from '../../../../shared/ui/button.tsx';
import { RequiredNotice } from '../../../../shared/ui/required-notice.tsx';
import { SelectField } from '../../../../shared/ui/select-field.tsx';
import { TextField } from '../../../../shared/ui/text-field.tsx';
import { TextareaField } from '../../../../shared/ui/textarea-field.tsx';
import { DocumentPicker } from '../../documents/index.ts';
import { ErrorSummary } from '../../forms/components/error-summary.tsx';
import { fieldAnchor } from '../../forms/lib/errors.ts';
import type { useContact } from '../hooks/use-contact.ts';

export function ContactForm({ flow }: { readonly flow: ReturnType<typeof useContact> }) {
  const { t, i18n } = useTranslation(['procedures-contact', 'common']);
  const { draft, errors, set } = flow;
  if (!draft) return null;
  const err = (f: string) => {
    const key = errors[f];
    return key ? { error: t(`errors.${key}`, { defaultValue: key }) } : {};
  };
  const nameOf = (id: string) => {
    const o = organisationById(id);
    return o ? (i18n.language === 'en' ? o.name.en : o.name.fr) : id;
  };
  const deduced =
    !draft.organisation && draft.topic
      ? TOPIC_ORGANISATION[draft.topic as keyof typeof TOPIC_ORGANISATION]
      : undefined;
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    void flow.send();
  };
  return (
    <form onSubmit={submit} noValidate aria-busy={flow.busy}>
      <RequiredNotice text={t('common:form.requiredNotice')} />
      <ErrorSummary
        errors={errors}
        line={(f, key) =>
          t('errors.line', {
            field: t(`fields.${f}`),
            message: t(`errors.${key}`, { defaultValue: key }),
          })
        }
      />
      <div id={fieldAnchor('organisation')}>
        <SelectField
          label={t('fields.organisation')}
          hint={t('hints.organisation')}
          placeholder={t('placeholders.organisation')}
          options={CONNECTED_ORGANISATIONS.map((o) => ({ value: o, label: nameOf(o) }))}
          value={draft.organisation}
          onChange={(organisation) => {
            set({ organisation });
          }}
          {...err('organisation')}
        />
      </div>
      <SelectField
        label={t('fields.topic')}
        {...(deduced ? { hint: t('hints.deduced', { organisation: nameOf(deduced) }) } : {})}
        placeholder={t('placeholders.topic')}
        options={MESSAGE_TOPICS.map((o) => ({ value: o, label: t(`topics.${o}`) }))}
        value={draft.topic}
        onChange={(topic) => {
          set({ topic });
        }}
      />
      <div id={fieldAnchor('subject')}>
        <TextField
          label={t('fields.subject')}
          required
          value={draft.subject}
          onChange={(subject) => {
            set({ subject });
          }}
          {...err('subject')}
        />
      </div>
      <TextareaField
        anchor={fieldAnchor('text')}
        label={t('fields.text')}
        required
        hint={t('hints.text')}
        value={draft.text}
        onChange={(text) => {
          set({ text });
        }}
        {...err('text')}
      />
      <DocumentPicker
        anchor={fieldAnchor('documents')}
        selected={draft.documents}
        onChange={(documents) => {
          set({ documents });
        }}
        {...err('documents')}
      />
      <ButtonsGroup>
        <Button type="submit" disabled={flow.busy}>
          {t('send')}
        </Button>
      </ButtonsGroup>
    </form>
  );
}
