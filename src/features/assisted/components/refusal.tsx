// The server refused (no mandate for this: outside its domains, ended or revoked): its French
// message, and the way back to the workspace.
import { useTranslation } from 'react-i18next';
import { ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';

export function Refusal({ message }: { readonly message: string }) {
  const { t } = useTranslation('assisted');
  return (
    <>
      <Alert severity="error" live>
        <p>
          <strong>{t('acting.refusedTitle')}</strong> {message}
        </p>
      </Alert>
      <ButtonsGroup>
        <ButtonLink to="/accompagnement" priority="secondary">
          {t('common.backToWorkspace')}
        </ButtonLink>
      </ButtonsGroup>
    </>
  );
}
