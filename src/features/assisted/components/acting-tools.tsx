// What an agent can do under a mandate, within its domains only: the person's rights, the
// prefilled simulation, a procedure sent in their name, the printed summary, the phone hand-off.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MandateView } from '../../../shared/contracts/assisted.ts';
import type { ProcedureId, ProcedureView } from '../../../shared/contracts/procedures.ts';
import { Button, ButtonsGroup } from '../../../shared/ui/button.tsx';
import { Alert } from '../../../shared/ui/notice.tsx';
import { Section } from '../../../shared/ui/page.tsx';
import { NoPrint } from '../../../shared/ui/print.tsx';
import { RadioGroup } from '../../../shared/ui/radio-group.tsx';
import { ApiError } from '../api/http.ts';
import {
  getSituation,
  recordPrint,
  useMandateRights,
  useProcedurePrefill,
} from '../api/queries.ts';
import { proceduresWithin, RIGHTS_DOMAIN } from '../lib/mandate.ts';
import { PhoneHandoff } from './phone-handoff.tsx';
import { PrintSummary, useHandoff } from './print-summary.tsx';
import { ProcedureForm } from './procedure-form.tsx';
import { Receipt } from './receipt.tsx';
import { RightsCompact } from './rights-compact.tsx';

export interface ActingToolsProps {
  readonly mandate: MandateView;
  readonly person: { readonly givenName: string; readonly familyName: string };
  readonly csrf: string;
  readonly onRefused: (error: ApiError) => void;
}

const refusedOr = (onRefused: (e: ApiError) => void, other: () => void) => (error: unknown) => {
  if (error instanceof ApiError && error.status === 403) onRefused(error);
  else other();
};

export function ActingTools({ mandate, person, csrf, onRefused }: ActingToolsProps) {
  const { t } = useTranslation('assisted');
  const navigate = useNavigate();
  const social = mandate.domains.includes(RIGHTS_DOMAIN);
  const rights = useMandateRights(mandate.id, social);
  const procedures = proceduresWithin(mandate.domains);
  const [procedure, setProcedure] = useState<ProcedureId | undefined>(procedures[0]);
  const [receipts, setReceipts] = useState<ProcedureView[]>([]);
  const [problem, setProblem] = useState<string>();
  const handoff = useHandoff(mandate, person, receipts);
  const prefill = useProcedurePrefill(mandate.id, procedure);
  const prefillError = prefill.error;
  useEffect(() => {
    if (prefillError instanceof ApiError && prefillError.status === 403) onRefused(prefillError);
  }, [prefillError, onRefused]);
  const rightsError = rights.error;
  useEffect(() => {
    if (rightsError instanceof ApiError && rightsError.status === 403) onRefused(rightsError);
  }, [rightsError, onRefused]);

  const simulate = () => {
    setProblem(undefined);
    getSituation(mandate.id).then(
      (s) => {
        void navigate(s.href.startsWith('/simuler') ? s.href : `/simuler?situation=${s.situation}`);
      },
      refusedOr(onRefused, () => {
        setProblem(t('acting.simulateFailed'));
      }),
    );
  };
  const print = () => {
    setProblem(undefined);
    recordPrint(csrf, mandate.id, 'resume').then(
      () => {
        window.print();
      },
      refusedOr(onRefused, () => {
        setProblem(t('acting.printFailed'));
      }),
    );
  };
  return (
    <>
      <NoPrint>
        {problem ? (
          <Alert severity="error" live>
            {problem}
          </Alert>
        ) : null}
        <Section title={t('acting.rightsTitle')}>
          {!social ? <p>{t('acting.notInDomains')}</p> : null}
          <div role="status">
            {social && rights.isPending ? <p>{t('acting.rightsLoading')}</p> : null}
          </div>
          {rights.data ? <RightsCompact rights={rights.data} /> : null}
          {rights.isError && !(rights.error instanceof ApiError && rights.error.status === 403) ? (
            <p>{t('acting.rightsFailed')}</p>
          ) : null}
          {social ? (
            <ButtonsGroup>
              <Button priority="secondary" onClick={simulate}>
                {t('acting.simulate')}
              </Button>
            </ButtonsGroup>
          ) : null}
        </Section>
        <Section title={t('acting.proceduresTitle')}>
          {procedures.length === 0 ? <p>{t('acting.noProcedure')}</p> : null}
          {procedures.length > 1 ? (
            <RadioGroup
              name="procedure"
              legend={t('acting.whichProcedure')}
              options={procedures.map((p) => ({ value: p, label: t(`procedures.${p}`) }))}
              value={procedure}
              onChange={(v) => {
                setProcedure(v as ProcedureId);
              }}
            />
          ) : null}
          {receipts.map((r) => (
            <Receipt key={r.id} receipt={r} />
          ))}
          <div role="status">
            {procedure && prefill.isPending ? <p>{t('acting.prefillLoading')}</p> : null}
          </div>
          {procedure && !prefill.isPending ? (
            <ProcedureForm
              key={`${procedure}-${String(receipts.length)}`}
              csrf={csrf}
              mandateId={mandate.id}
              procedure={procedure}
              initial={
                prefill.data?.values ?? {
                  givenName: person.givenName,
                  familyName: person.familyName,
                }
              }
              onSent={(r) => {
                setReceipts((list) => [...list, r]);
              }}
              onRefused={onRefused}
            />
          ) : null}
        </Section>
        <Section title={t('acting.handTitle')}>
          <p>{t('acting.handLead')}</p>
          <ButtonsGroup>
            <Button priority="secondary" onClick={print}>
              {t('acting.print')}
            </Button>
            <PhoneHandoff handoff={handoff} />
          </ButtonsGroup>
        </Section>
      </NoPrint>
      <PrintSummary handoff={handoff} />
    </>
  );
}
