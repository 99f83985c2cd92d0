// /alertes/preferences: subject × channel choices (the server's defaults first), the e-mail
// address and the notifications of this device.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALERT_CATEGORIES,
  ALERT_CHANNELS,
  type AlertCategory,
  type AlertChannel,
  type PreferenceMatrix,
  type PreferencesResponse,
} from '../../../shared/contracts/alerts.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ChoiceMatrix } from '../../../shared/ui/choice-matrix.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { usePreferences, useSavePreferences } from '../api/queries.ts';
import { DevicePush } from '../components/device-push.tsx';
import { EmailForm } from '../components/email-form.tsx';
import { WithSession } from '../components/with-session.tsx';

export function PreferencesPage() {
  const { t } = useTranslation('alerts');
  return (
    <WithSession title={t('preferences.title')} returnTo="/alertes/preferences">
      {(session) => <Content session={session} />}
    </WithSession>
  );
}

function Content({ session }: { readonly session: Session }) {
  const { t } = useTranslation('alerts');
  usePageTitle(t('preferences.title'));
  const preferences = usePreferences();
  return (
    <PageContainer>
      <p>
        <TextLink to="/alertes">{t('preferences.back')}</TextLink>
      </p>
      <PageTitle>{t('preferences.title')}</PageTitle>
      <Lead>{t('preferences.lead')}</Lead>
      <div role="status">{preferences.isPending ? <p>{t('preferences.loading')}</p> : null}</div>
      {preferences.isError ? (
        <Alert severity="error" live>
          {t('preferences.failed')}
        </Alert>
      ) : null}
      {preferences.data ? <Matrix initial={preferences.data} session={session} /> : null}
      {preferences.data ? <EmailForm email={preferences.data.email} session={session} /> : null}
      <DevicePush session={session} />
    </PageContainer>
  );
}

function Matrix({
  initial,
  session,
}: {
  readonly initial: PreferencesResponse;
  readonly session: Session;
}) {
  const { t } = useTranslation('alerts');
  const save = useSavePreferences(session);
  // What is ticked stays on screen whatever the server answers: nothing is lost on a failure.
  const [matrix, setMatrix] = useState<PreferenceMatrix>(initial.matrix);
  const [dirty, setDirty] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(matrix, {
          onSuccess: () => {
            setDirty(false);
          },
        });
      }}
    >
      <ChoiceMatrix
        caption={t('preferences.caption')}
        corner={t('preferences.subject')}
        rows={ALERT_CATEGORIES.map((c) => ({ key: c, label: t(`categoryPlural.${c}`) }))}
        columns={ALERT_CHANNELS.map((c) => ({ key: c, label: t(`channel.${c}`) }))}
        checked={(row, column) => matrix[row as AlertCategory][column as AlertChannel]}
        onChange={(row, column, value) => {
          const category = row as AlertCategory;
          setMatrix({ ...matrix, [category]: { ...matrix[category], [column]: value } });
          setDirty(true);
        }}
      />
      <p>{t('preferences.pushNeeded')}</p>
      {initial.email.confirmed ? null : <p>{t('preferences.emailNeeded')}</p>}
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? t('preferences.saving') : t('preferences.save')}
      </Button>
      <div role="status" data-testid="preferences-saved">
        {save.isSuccess && !dirty ? <p>{t('preferences.saved')}</p> : null}
      </div>
      {save.isError ? (
        <Alert severity="error" live>
          {t('preferences.saveFailed')}
        </Alert>
      ) : null}
    </form>
  );
}
