// "Mes données" and logout. Logout wipes the device (drafts, storage, caches, the in-memory
// cache) before leaving, then lets the identity provider end its own session (FranceConnect
// asks for confirmation).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { wipeDevice } from '../../../shared/lib/wipe.ts';
import { Alert } from '../../../shared/ui/notice.tsx';
import type { Session } from '../api/http.ts';
import { logout } from '../api/queries.ts';

export function AccountTools({ session }: { readonly session: Session }) {
  const { t } = useTranslation('rights');
  const client = useQueryClient();
  const [failed, setFailed] = useState(false);
  const leave = () => {
    logout(session)
      .then(async (url) => {
        // The one wipe: the drafts, storage and caches of this person go too, so that a second
        // person on the same browser sees nothing of the first (the session is already ended).
        await wipeDevice({ queryCache: client, endSession: false });
        window.location.assign(url);
      })
      .catch(() => {
        setFailed(true);
      });
  };
  return (
    <>
      <ButtonsGroup>
        <ButtonLink to="/droits/mes-donnees" priority="secondary">
          {t('dashboard.myData')}
        </ButtonLink>
        <Button priority="tertiary" onClick={leave}>
          {t('dashboard.logout')}
        </Button>
      </ButtonsGroup>
      {failed ? (
        <Alert severity="error" live>
          {t('dashboard.logoutFailed')}
        </Alert>
      ) : null}
    </>
  );
}
