// /demarches/changement-de-situation — "Dites-le nous une fois": what changes, the new
// information, the organisations to tell (consent one by one), then a receipt per organisation.
import { useEffect, useMemo, useRef } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../../../shared/hooks/use-page-title.ts';
import { useDeviceMode } from '../../../../shared/hooks/use-device-mode.ts';
import { deviceDraft, type DraftStore } from '../../../../shared/lib/device-drafts.ts';
import { enterDiscreet } from '../../../../shared/lib/device-mode.ts';
import { WithQueries } from '../../../../shared/lib/queries.tsx';
import { Callout } from '../../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle } from '../../../../shared/ui/page.tsx';
import { RequiredNotice } from '../../../../shared/ui/required-notice.tsx';
import { History } from '../components/history.tsx';
import { StepBody } from '../components/step-body.tsx';
import { StepHeader } from '../components/step-header.tsx';
import { draftSchema, type FormDraft } from '../hooks/use-form-draft.ts';
import { useTellUsOnce } from '../hooks/use-tell-us-once.ts';

export function TellUsOncePage() {
  return (
    <WithQueries>
      <TellUsOnce />
    </WithQueries>
  );
}

export function TellUsOnce({ store }: { readonly store?: DraftStore<FormDraft> }) {
  const { t } = useTranslation(['procedures-tell-us-once', 'common']);
  const [params] = useSearchParams();
  // Reached from the domestic-violence journey (the discreet mode, or a link that opens it): no
  // trace on the device, no history on screen.
  const device = useDeviceMode();
  const asked = params.get('discret') === '1';
  const discreet = asked || device.mode === 'discreet';
  useEffect(() => {
    if (asked) enterDiscreet();
  }, [asked]);
  const keep = device.mayKeep && !discreet;
  const drafts = useMemo(
    () => store ?? deviceDraft('droits360-tell-us-once', draftSchema, { ephemeral: !keep }),
    [store, keep],
  );
  const flow = useTellUsOnce(drafts, discreet);
  usePageTitle(discreet ? t('discreetTitle') : t('title'));
  const header = useRef<HTMLDivElement>(null);
  const shown = useRef<string>(undefined);
  useEffect(() => {
    // A new step is like a new page: its title gets the focus, so that it is announced (not
    // the step the page opens on, restored from the draft: the page title has the focus then).
    if (!flow.draft || shown.current === flow.step) return;
    const opening = shown.current === undefined;
    shown.current = flow.step;
    if (opening) return;
    const title = header.current?.querySelector('h2');
    if (!title) return;
    title.tabIndex = -1;
    title.focus();
  }, [flow.step, flow.draft]);

  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (flow.step === 'recipients' && flow.preview) void flow.send(flow.preview.content);
    else void flow.next();
  };
  return (
    <PageContainer>
      <PageTitle>{t('title')}</PageTitle>
      <Lead>{t('lead')}</Lead>
      {discreet ? (
        <Callout>
          <p>{t('discreetNotice')}</p>
        </Callout>
      ) : null}
      <div ref={header}>
        <StepHeader step={flow.step} />
      </div>
      {flow.draft ? (
        <form onSubmit={submit} noValidate aria-busy={flow.busy}>
          {flow.step === 'kind' || flow.step === 'details' || flow.step === 'recipients' ? (
            <RequiredNotice text={t('common:form.requiredNotice')} />
          ) : null}
          <StepBody flow={flow} draftKept={keep} discreet={discreet} />
        </form>
      ) : null}
      {flow.step === 'kind' && flow.loggedIn && !discreet ? <History /> : null}
    </PageContainer>
  );
}
