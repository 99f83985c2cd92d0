// /accompagnement/mandat/nouveau: the agent chooses the domains and the duration with the
// person, then the consent step (summary, FALC, QR code or this device).
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MANDATE_DOMAINS,
  MANDATE_DURATIONS,
  type MandateCreated,
  type MandateDomain,
  type MandateDuration,
} from '../../../shared/contracts/assisted.ts';
import { usePageTitle } from '../../../shared/hooks/use-page-title.ts';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { CheckboxGroup } from '../../../shared/ui/checkbox-group.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Lead, PageContainer, PageTitle, TextLink } from '../../../shared/ui/page.tsx';
import { RadioGroup } from '../../../shared/ui/radio-group.tsx';
import { ApiError } from '../api/http.ts';
import { createMandate } from '../api/queries.ts';
import type { AgentSession } from '../api/sessions.ts';
import { AgentGate } from '../components/agent-gate.tsx';
import { ConsentStep } from '../components/consent-step.tsx';
import { useDomainLabel } from '../components/domain-list.tsx';

export function NewMandatePage() {
  return (
    <AgentGate returnTo="/accompagnement/mandat/nouveau">
      {(session) => <NewMandate session={session} />}
    </AgentGate>
  );
}

interface Problems {
  domains?: string;
  duration?: string;
  form?: string;
}

function NewMandate({ session }: { readonly session: AgentSession }) {
  const { t } = useTranslation('assisted');
  usePageTitle(t('newMandate.title'));
  const label = useDomainLabel();
  const [domains, setDomains] = useState<MandateDomain[]>([]);
  const [duration, setDuration] = useState<MandateDuration>();
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<MandateCreated>();
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found: Problems = {
      ...(domains.length === 0 ? { domains: t('errors.domains') } : {}),
      ...(duration === undefined ? { duration: t('errors.duration') } : {}),
    };
    setProblems(found);
    if (found.domains || found.duration || duration === undefined) return;
    setBusy(true);
    const ordered = MANDATE_DOMAINS.filter((d) => domains.includes(d));
    createMandate(session.csrfToken, { domains: ordered, durationDays: duration })
      .then((c) => {
        if (c) setCreated(c);
      })
      .catch((error: unknown) => {
        setProblems({ form: error instanceof ApiError ? error.message : t('newMandate.failed') });
      })
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <PageContainer>
      <PageTitle>{t('newMandate.title')}</PageTitle>
      <Lead>{t('newMandate.lead')}</Lead>
      <p>
        <TextLink to="/accompagnement">{t('common.back')}</TextLink>
      </p>
      {created ? (
        <ConsentStep created={created} />
      ) : (
        <form onSubmit={submit} noValidate>
          <CheckboxGroup
            legend={t('newMandate.domains')}
            hint={t('newMandate.domainsHint')}
            options={MANDATE_DOMAINS.map((d) => ({ value: d, label: label(d) }))}
            checked={domains}
            onChange={(v) => {
              setDomains(v as MandateDomain[]);
            }}
            required
            {...(problems.domains ? { error: problems.domains } : {})}
          />
          <RadioGroup
            name="duration"
            legend={t('newMandate.duration')}
            options={MANDATE_DURATIONS.map((d) => ({
              value: String(d),
              label: t(`durations.${d}`),
            }))}
            value={duration === undefined ? undefined : String(duration)}
            onChange={(v) => {
              setDuration(Number(v) as MandateDuration);
            }}
            required
            {...(problems.duration ? { error: problems.duration } : {})}
          />
          {problems.form ? (
            <Alert severity="error" live>
              {problems.form}
            </Alert>
          ) : null}
          <ButtonsGroup>
            <Button type="submit" disabled={busy}>
              {t('newMandate.submit')}
            </Button>
          </ButtonsGroup>
        </form>
      )}
    </PageContainer>
  );
}
