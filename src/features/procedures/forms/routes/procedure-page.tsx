// /demarches/formulaires/:id — a prefilled procedure: the organisation and its own page, the
// form (kept on this device, except a shared one), the receipt, and "Mes démarches".
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { procedureById, type ProcedureDef } from '../../../../shared/contracts/procedures.ts';
import { linkById } from '../../../../shared/content/index.ts';
import { usePageTitle } from '../../../../shared/hooks/use-page-title.ts';
import { WithQueries } from '../../../../shared/lib/queries.tsx';
import { Button } from '../../../../shared/ui/button.tsx';
import { Alert } from '../../../../shared/ui/notice.tsx';
import {
  ExternalLink,
  Lead,
  PageContainer,
  PageTitle,
  Section,
} from '../../../../shared/ui/page.tsx';
import { LoginCallout } from '../components/login-callout.tsx';
import { MyProcedures } from '../components/my-procedures.tsx';
import { ProcedureForm } from '../components/procedure-form.tsx';
import { Receipt } from '../components/receipt.tsx';
import { useProcedureForm } from '../hooks/use-procedure-form.ts';
import {
  formStore,
  isSharedDevice,
  pendingStore,
  type FormStore,
  type PendingStore,
} from '../lib/device.ts';

export const formPath = (id: string) => `/demarches/formulaires/${id}`;

export function ProcedureScreen({
  def,
  store,
  pending,
  kept,
}: {
  readonly def: ProcedureDef;
  readonly store: FormStore;
  readonly pending: PendingStore;
  readonly kept: boolean;
}) {
  const { t, i18n } = useTranslation('procedures-forms');
  const flow = useProcedureForm(def, store, pending);
  const link = linkById(def.link);
  usePageTitle(t(`procedures.${def.id}.title`));
  const receiptBox = useRef<HTMLDivElement>(null);
  const sent = flow.receipt !== undefined && flow.phase === 'receipt';
  useEffect(() => {
    // The form that had the focus is replaced by the receipt: the receipt takes it, not <body>.
    if (sent) receiptBox.current?.focus();
  }, [sent]);
  return (
    <PageContainer>
      <PageTitle>{t(`procedures.${def.id}.title`)}</PageTitle>
      <Lead>{t(`procedures.${def.id}.lead`)}</Lead>
      {link ? (
        <p>
          <ExternalLink href={link.url} newWindowLabel={t('newWindow')}>
            {i18n.language === 'en' ? link.label.en : link.label.fr}
          </ExternalLink>
        </p>
      ) : null}
      {flow.waiting.length ? (
        <Alert severity="info" live>
          <p>{t('pending.waiting', { count: flow.waiting.length })}</p>
        </Alert>
      ) : null}
      {flow.phase === 'waiting' ? (
        <Alert severity="info" title={t('pending.title')} live>
          <p>{t('pending.text')}</p>
        </Alert>
      ) : null}
      {flow.receipt && flow.phase === 'receipt' ? (
        <>
          <div ref={receiptBox} tabIndex={-1}>
            <Receipt receipt={flow.receipt} />
          </div>
          <Button priority="secondary" onClick={flow.restart}>
            {t('receipt.again')}
          </Button>
        </>
      ) : (
        <>
          {!flow.meLoading && (!flow.loggedIn || flow.phase === 'login') ? (
            <LoginCallout returnTo={formPath(def.id)} draftKept={kept} />
          ) : null}
          {flow.draft ? <p role="status">{kept ? t('draft.kept') : t('draft.notKept')}</p> : null}
          <ProcedureForm def={def} flow={flow} />
        </>
      )}
      <Section title={t('mine.title')}>
        <MyProcedures enabled={flow.loggedIn} />
      </Section>
    </PageContainer>
  );
}

function NotFound(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw { status: 404, statusText: 'Not Found', internal: false, data: null };
}

export function ProcedurePage() {
  const { id = '' } = useParams();
  const def = procedureById(id);
  const shared = isSharedDevice();
  const store = useMemo(() => formStore(id, shared), [id, shared]);
  const pending = useMemo(() => pendingStore(shared), [shared]);
  if (!def) return <NotFound />;
  return (
    <WithQueries>
      <ProcedureScreen def={def} store={store} pending={pending} kept={!shared} />
    </WithQueries>
  );
}
