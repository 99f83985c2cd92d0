// The two pages an e-mail links to: confirming the address, and the one-click unsubscribe.
import { useTranslation } from 'react-i18next';
import { unsubscribeResponse } from '../../../shared/contracts/alerts.ts';
import { confirmEmail, unsubscribe } from '../api/queries.ts';
import { TokenAction } from '../components/token-action.tsx';

export function ConfirmEmailPage() {
  return <TokenAction namespace="confirm" act={confirmEmail} />;
}

export function UnsubscribePage() {
  const { t } = useTranslation('alerts');
  return (
    <TokenAction
      namespace="unsubscribe"
      act={unsubscribe}
      done={(answer) => {
        const parsed = unsubscribeResponse.safeParse(answer);
        return parsed.success
          ? t('unsubscribe.doneFor', {
              category: t(`category.${parsed.data.category}`),
              channel: t(`detail.channelInline.${parsed.data.channel}`),
            })
          : null;
      }}
    />
  );
}
