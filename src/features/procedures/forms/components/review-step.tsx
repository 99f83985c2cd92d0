// The last step: the documents to attach (uploaded once, reused) and a summary of the answers,
// with where the procedure goes and the device-side state of the draft.
import { useTranslation } from 'react-i18next';
import { fieldsOf, type ProcedureDef } from '../../../../shared/contracts/procedures.ts';
import { DocumentPicker } from '../../documents/index.ts';
import type { ProcedureFlow } from '../hooks/use-procedure-form.ts';

export function ReviewStep({
  def,
  flow,
}: {
  readonly def: ProcedureDef;
  readonly flow: ProcedureFlow;
}) {
  const { t } = useTranslation('procedures-forms');
  const values = flow.draft?.values ?? {};
  const docError = flow.errors.documents;
  return (
    <>
      <h2>{t('review.documents')}</h2>
      <p>{t(`procedures.${def.id}.documents`)}</p>
      {flow.loggedIn ? (
        <DocumentPicker
          anchor="field-documents"
          selected={flow.draft?.documents ?? []}
          onChange={(documents) => {
            flow.update({ documents });
          }}
          {...(docError ? { error: t(`errors.${docError}`, { defaultValue: docError }) } : {})}
        />
      ) : (
        <p>{t('review.documentsLogin')}</p>
      )}
      <h2>{t('review.summary')}</h2>
      <dl>
        {fieldsOf(def)
          .filter((f) => (values[f.id] ?? '') !== '')
          .map((f) => (
            <div key={f.id}>
              <dt>{t(`fields.${f.id}.label`)}</dt>
              <dd>
                {f.kind === 'choice'
                  ? t(`fields.${f.id}.options.${values[f.id] ?? ''}`)
                  : values[f.id]}
              </dd>
            </div>
          ))}
      </dl>
    </>
  );
}
