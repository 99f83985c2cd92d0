// One click to stop this alert's category on a channel that reaches the person outside the app
// (notification, e-mail): the landing page of every notification carries it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AlertChannel,
  AlertView,
  PreferenceMatrix,
} from '../../../shared/contracts/alerts.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import type { Session } from '../api/http.ts';
import { usePreferences, useSavePreferences } from '../api/queries.ts';

const OUTSIDE: readonly AlertChannel[] = ['push', 'email'];

export function StopChannel({
  alert,
  session,
}: {
  readonly alert: AlertView;
  readonly session: Session;
}) {
  const { t } = useTranslation('alerts');
  const preferences = usePreferences();
  const save = useSavePreferences(session);
  const [stopped, setStopped] = useState<AlertChannel | null>(null);
  const matrix = preferences.data?.matrix;
  if (!matrix) return null;
  const on = OUTSIDE.filter((c) => matrix[alert.category][c]);
  const category = t(`category.${alert.category}`);
  const stop = (channel: AlertChannel) => {
    const next: PreferenceMatrix = {
      ...matrix,
      [alert.category]: { ...matrix[alert.category], [channel]: false },
    };
    save.mutate(next, {
      onSuccess: () => {
        setStopped(channel);
      },
    });
  };
  if (on.length === 0 && stopped === null) return null;
  return (
    <Section title={t('detail.stopTitle')}>
      <p>{t('detail.stopLead')}</p>
      {on.map((channel) => (
        <p key={channel}>
          <Button
            priority="secondary"
            disabled={save.isPending}
            onClick={() => {
              stop(channel);
            }}
          >
            {t('detail.stop', { category, channel: t(`detail.channelInline.${channel}`) })}
          </Button>
        </p>
      ))}
      <div role="status">
        {stopped ? (
          <p>{t('detail.stopped', { category, channel: t(`detail.channelInline.${stopped}`) })}</p>
        ) : null}
        {save.isError ? <p>{t('detail.stopFailed')}</p> : null}
      </div>
    </Section>
  );
}
