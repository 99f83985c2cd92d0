// "Ajouter un justificatif": the file is checked on the device first (size, PDF/JPEG/PNG) for
// an immediate answer, then by the server (its first bytes) which has the last word.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_DOCUMENT_MAX_BYTES,
  megabytes,
  type DocumentView,
} from '../../../../shared/contracts/documents.ts';
import { UploadField } from '../../../../shared/ui/upload-field.tsx';
import { ApiError, getMe } from '../../forms/api/http.ts';
import { uploadDocument } from '../api/documents.ts';
import { DOCUMENTS_KEY } from '../api/queries.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export function UploadDocument({
  maxBytes = DEFAULT_DOCUMENT_MAX_BYTES,
  onAdded,
  anchor,
}: {
  readonly maxBytes?: number;
  readonly onAdded?: (d: DocumentView) => void;
  readonly anchor?: string;
}) {
  const { t } = useTranslation('procedures-documents');
  const queries = useQueryClient();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string>();
  const max = megabytes(maxBytes);

  const onFile = async (file: File) => {
    setAdded(undefined);
    const early =
      file.size > maxBytes
        ? t('errors.too-large', { max })
        : file.type && !TYPES.has(file.type)
          ? t('errors.wrong-type')
          : undefined;
    setError(early);
    if (early) return;
    setBusy(true);
    try {
      const me = await getMe();
      if (!me) {
        setError(t('errors.login'));
        return;
      }
      const doc = await uploadDocument(me, file);
      setError(undefined);
      setAdded(doc.name);
      await queries.invalidateQueries({ queryKey: DOCUMENTS_KEY });
      onAdded?.(doc);
    } catch (e) {
      const code = e instanceof ApiError ? e.code : undefined;
      setError(t(`errors.${code ?? 'network'}`, { max, defaultValue: t('errors.network') }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <UploadField
        label={t('upload.label')}
        hint={t('upload.hint', { max })}
        accept={ACCEPT}
        disabled={busy}
        {...(anchor ? { anchor } : {})}
        {...(error ? { error } : {})}
        onFile={(f) => {
          void onFile(f);
        }}
      />
      <p role="status">
        {busy ? t('upload.busy') : added ? t('upload.added', { name: added }) : ''}
      </p>
    </>
  );
}
