// Organisations that did not answer when the preview was made: whether they know the person is
// unknown, so they are named, with the advice to tell them directly, never silently left out.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../shared/ui/notice.tsx';
import { organisationName } from './delivery-list.tsx';

export function Unreachable({ organisations }: { readonly organisations: readonly string[] }) {
  const { t, i18n } = useTranslation('procedures-tell-us-once');
  if (organisations.length === 0) return null;
  const lang = i18n.resolvedLanguage ?? 'fr';
  const names = organisations.map((o) => organisationName(o, lang)).join(', ');
  return (
    <Alert severity="warning">
      <p>{t('recipients.unreachable', { names })}</p>
    </Alert>
  );
}
