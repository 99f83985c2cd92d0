// Attach documents already uploaded (ticked by reference), or add a new one, which is then
// ticked at once: one upload, reused by every later procedure or message.
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../../shared/ui/checkbox-group.tsx';
import { useDocuments } from '../api/queries.ts';
import { UploadDocument } from './upload-document.tsx';

export interface DocumentPickerProps {
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly error?: string;
  readonly anchor: string;
}

export function DocumentPicker({ selected, onChange, error, anchor }: DocumentPickerProps) {
  const { t } = useTranslation('procedures-documents');
  const docs = useDocuments(true);
  const list = docs.data?.documents ?? [];
  // A document deleted meanwhile simply drops out of the selection.
  const known = selected.filter((id) => list.some((d) => d.id === id));
  return (
    <div id={anchor}>
      {list.length ? (
        <CheckboxGroup
          legend={t('picker.legend')}
          hint={t('picker.hint')}
          options={list.map((d) => ({ value: d.id, label: d.name }))}
          checked={known}
          onChange={onChange}
          {...(error ? { error } : {})}
        />
      ) : (
        <p>{t('picker.none')}</p>
      )}
      <UploadDocument
        {...(docs.data ? { maxBytes: docs.data.maxBytes } : {})}
        onAdded={(d) => {
          onChange([...known, d.id]);
        }}
      />
    </div>
  );
}
