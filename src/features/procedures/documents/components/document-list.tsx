// "Mes justificatifs": each document with its type, size and date, to open or delete (after a
// confirmation: procedures already sent keep their copy at the organisation).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../../../../shared/contracts/documents.ts';
import { Button, ButtonsGroup } from '../../../../shared/ui/button.tsx';
import { Modal } from '../../../../shared/ui/modal.tsx';
import { Alert } from '../../../../shared/ui/notice.tsx';
import { getMe } from '../../forms/api/http.ts';
import { deleteDocument, documentUrl } from '../api/documents.ts';
import { DOCUMENTS_KEY } from '../api/queries.ts';

const kilobytes = (n: number) => Math.max(1, Math.round(n / 1024));

export function DocumentList({ documents }: { readonly documents: readonly DocumentView[] }) {
  const { t, i18n } = useTranslation('procedures-documents');
  const queries = useQueryClient();
  const [asked, setAsked] = useState<DocumentView>();
  const [failed, setFailed] = useState(false);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });

  const confirm = async () => {
    if (!asked) return;
    try {
      const me = await getMe();
      if (me) await deleteDocument(me, asked.id);
      setFailed(!me);
      await queries.invalidateQueries({ queryKey: DOCUMENTS_KEY });
    } catch {
      setFailed(true);
    }
    setAsked(undefined);
  };

  if (documents.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <>
      {failed ? (
        <Alert severity="error" live>
          <p>{t('list.deleteFailed')}</p>
        </Alert>
      ) : null}
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            <a href={documentUrl(d.id)} download={d.name}>
              {d.name}
            </a>{' '}
            {t('list.meta', {
              type: d.type.toUpperCase(),
              size: kilobytes(d.size),
              date: date.format(d.createdAt),
            })}{' '}
            <Button
              priority="tertiary-no-outline"
              onClick={() => {
                setAsked(d);
              }}
            >
              {t('list.delete', { name: d.name })}
            </Button>
          </li>
        ))}
      </ul>
      <Modal
        id="delete-document"
        title={t('list.confirmTitle')}
        closeLabel={t('list.close')}
        open={asked !== undefined}
        onClose={() => {
          setAsked(undefined);
        }}
      >
        <p>{t('list.confirmText', { name: asked?.name ?? '' })}</p>
        <ButtonsGroup>
          <Button onClick={() => void confirm()}>{t('list.confirm')}</Button>
          <Button
            priority="secondary"
            onClick={() => {
              setAsked(undefined);
            }}
          >
            {t('list.cancel')}
          </Button>
        </ButtonsGroup>
      </Modal>
    </>
  );
}
