// Changes since the last run: a right started, ended or changed amount, a payment made (never
// with its amount in the title), a procedure whose status changed. Compared with the snapshot
// stored per person; an organisation that did not answer keeps its last-seen state, so an
// outage is never reported as a right that ended.
import type { Right } from '../../../../src/shared/contracts/rights.ts';
import { addMonths, frenchDate } from '../calendar.ts';
import { euros } from './format.ts';
import type { AlertDraft, Snapshot, Source, SourceInput } from './types.ts';

const RIGHTS_HREF = '/droits';
const PROCEDURES_HREF = '/demarches';

interface Seen {
  readonly key: string;
  readonly right: Right;
  readonly amountCents: number | undefined;
}

function currentRights(input: SourceInput): Seen[] {
  return input.rights.organisations.flatMap((b) =>
    (b.record?.rights ?? []).map((r) => ({
      key: `${b.id}:${r.id}`,
      right: r,
      amountCents: r.lastPayment?.amountCents ?? r.payments.at(-1)?.amountCents,
    })),
  );
}

const answered = (input: SourceInput) =>
  new Set(input.rights.organisations.filter((b) => b.record).map((b) => b.id as string));

const stateOf = (s: Seen) => `${s.right.status}|${s.amountCents ?? ''}`;

/** What to store for next time: this run's answers, the last-seen state of the silent ones. */
export function snapshotOf(input: SourceInput): Snapshot {
  const orgs = answered(input);
  const keep = <T>(rec: Readonly<Record<string, T>> | undefined) =>
    Object.fromEntries(Object.entries(rec ?? {}).filter(([k]) => !orgs.has(k.split(':')[0] ?? '')));
  const rights: Record<string, string> = keep(input.previous?.rights);
  const payments: Record<string, string> = keep(input.previous?.payments);
  for (const s of currentRights(input)) {
    rights[s.key] = stateOf(s);
    const paid = s.right.lastPayment?.paidOn ?? s.right.payments.at(-1)?.paidOn;
    if (paid) payments[s.key] = paid;
  }
  const procedures = Object.fromEntries(input.procedures.map((p) => [p.id, p.status]));
  return { rights, payments, procedures };
}

export function readSnapshot(v: unknown): Snapshot | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const rec = (x: unknown) =>
    x && typeof x === 'object' && Object.values(x).every((y) => typeof y === 'string')
      ? (x as Record<string, string>)
      : undefined;
  const rights = rec(o.rights);
  const payments = rec(o.payments);
  const procedures = rec(o.procedures);
  if (!rights || !payments || !procedures) return undefined;
  return { rights, payments, procedures };
}

const change = (
  fact: string,
  title: string,
  body: string,
  today: string,
  href = RIGHTS_HREF,
  label = 'Voir mes droits',
): AlertDraft => ({
  source: 'changes',
  fact,
  category: 'change',
  title,
  body,
  dueDate: null,
  validUntil: addMonths(today, 2),
  action: { label, href },
});

export const rightChanges: Source = (input) => {
  const prev = input.previous;
  if (!prev) return [];
  const { today } = input;
  const out: AlertDraft[] = [];
  const now = new Map(currentRights(input).map((s) => [s.key, s]));
  for (const s of now.values()) {
    const before = prev.rights[s.key];
    const label = s.right.label;
    const [oldStatus, oldAmount] = before?.split('|') ?? [];
    if (s.right.status === 'en-cours' && oldStatus !== 'en-cours')
      out.push(
        change(
          `started:${s.key}:${s.right.since}`,
          `Un droit a commencé : ${label}`,
          `L’organisme indique que votre droit « ${label} » a commencé le ${frenchDate(s.right.since)}.`,
          today,
        ),
      );
    else if (s.right.status !== 'en-cours' && oldStatus === 'en-cours')
      out.push(
        change(
          `ended:${s.key}:${s.right.until ?? s.right.status}`,
          `Un droit a pris fin : ${label}`,
          s.right.until
            ? `L’organisme indique que votre droit « ${label} » a pris fin le ${frenchDate(s.right.until)}.`
            : `L’organisme indique que votre droit « ${label} » est ${s.right.status === 'suspendu' ? 'suspendu' : 'terminé'}.`,
          today,
        ),
      );
    else if (
      s.right.status === 'en-cours' &&
      oldAmount !== undefined &&
      oldAmount !== '' &&
      s.amountCents !== undefined &&
      Number(oldAmount) !== s.amountCents
    )
      out.push(
        change(
          `amount:${s.key}:${oldAmount}>${s.amountCents}`,
          `Le montant d’un droit a changé : ${label}`,
          `Votre ${label} passe de ${euros(Number(oldAmount))} à ${euros(s.amountCents)} par mois.`,
          today,
        ),
      );
    const paid = s.right.lastPayment?.paidOn ?? s.right.payments.at(-1)?.paidOn;
    const paidBefore = prev.payments[s.key];
    if (paid && paid <= today && paid !== paidBefore && (!paidBefore || paid > paidBefore))
      out.push(
        change(
          `paid:${s.key}:${paid}`,
          `Un paiement a été fait : ${label}`,
          `Un paiement de votre ${label} a été fait le ${frenchDate(paid)}. Le détail est sur votre tableau de bord.`,
          today,
        ),
      );
  }
  const orgs = answered(input);
  for (const [key, state] of Object.entries(prev.rights)) {
    const [org = ''] = key.split(':');
    if (now.has(key) || !orgs.has(org) || !state.startsWith('en-cours')) continue;
    out.push(
      change(
        `ended:${key}:gone`,
        'Un droit a pris fin',
        'Un droit que vous perceviez n’apparaît plus dans le dossier de l’organisme.',
        today,
      ),
    );
  }
  return out;
};

const PROCEDURE_STATUS: Readonly<Record<string, string>> = {
  sent: 'envoyée à l’organisme',
  acknowledged: 'reçue et enregistrée par l’organisme',
  retry: 'en attente d’envoi (nouvel essai automatique)',
};

export const procedureChanges: Source = (input) => {
  const prev = input.previous;
  if (!prev) return [];
  return input.procedures.flatMap((p) => {
    const before = prev.procedures[p.id];
    if (before === undefined || before === p.status) return [];
    return [
      change(
        `procedure:${p.id}:${p.status}`,
        'Une démarche a changé de statut',
        `Votre démarche est maintenant ${PROCEDURE_STATUS[p.status] ?? p.status}.`,
        input.today,
        PROCEDURES_HREF,
        'Voir mes démarches',
      ),
    ];
  });
};

export const changeSources: readonly Source[] = [rightChanges, procedureChanges];
