// The discreet journey (domestic violence) explained on its page. The quick exit itself is held by
// the shell on every page of the journey (shared/components/discreet-exit.tsx).
import { useTranslation } from 'react-i18next';
import { Callout } from '../../../shared/ui/notice.tsx';

export function DiscreetNotice() {
  const { t } = useTranslation('life-events');
  return (
    // No callout title: it would be an h3 straight under the h1 (heading order).
    <Callout>
      <p>{t('discreetNotice')}</p>
    </Callout>
  );
}
