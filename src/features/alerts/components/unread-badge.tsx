// The count shown next to "Être alerté" once there is something unread: loaded only then.
import { useTranslation } from 'react-i18next';
import { CountBadge } from '../../../shared/ui/count-badge.tsx';

export default function UnreadBadge({ count }: { readonly count: number }) {
  const { t } = useTranslation('alerts');
  return <CountBadge count={count} label={t('unread.label', { count })} />;
}
