// Deadlines: the quarterly resources declaration (RSA / prime d'activité), the yearly renewal of
// the Complémentaire santé solidaire, the AAH renewal, the end of the unemployment benefit, the
// documents an organisation awaits in a procedure, the end of a mandate. A deadline by which the
// person must act moves to the next working day (weekends, French public holidays).
import type { OrganisationBlock, Right } from '../../../../src/shared/contracts/rights.ts';
import {
  addDays,
  addMonths,
  frenchDate,
  frenchMonth,
  nextWorkingDay,
  parisDay,
} from '../calendar.ts';
import type { AlertDraft, MandateFact, ProcedureFact, Source, SourceInput } from './types.ts';

const running = (r: Right) => r.status === 'en-cours';

function rightsOf(input: SourceInput, ids: readonly string[]) {
  return input.rights.organisations.flatMap((b: OrganisationBlock) =>
    (b.record?.rights ?? [])
      .filter((r) => ids.includes(r.id) && running(r))
      .map((right) => ({ organisation: b.id, right })),
  );
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOfIndex = (i: number) =>
  `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The declaration made in month `m` covers the three months before; due on the 15th. */
export function declarationDue(m: string): string {
  return nextWorkingDay(`${m}-15`);
}

const DECLARE_HREF: Readonly<Record<string, string>> = {
  caf: 'https://wwwd.caf.fr/wps/portal/caffr/moncompte/mesdemarches',
  msa: 'https://www.msa.fr/lfp/espace-prive',
};

/**
 * Quarterly declaration (déclaration trimestrielle de ressources): every third month from the
 * month the right opened, covering the three months before. The reminder runs from the day after
 * the previous declaration's due date until this one's: there is always one to prepare.
 */
export const quarterlyDeclaration: Source = (input) => {
  const found = rightsOf(input, ['rsa', 'ppa']);
  const first = found.map((f) => f.right.since.slice(0, 7)).sort()[0];
  const holder = found[0];
  if (!first || !holder) return [];
  const start = monthIndex(first);
  let m = start + 3;
  while (declarationDue(monthOfIndex(m)) < input.today) m += 3;
  const month = monthOfIndex(m);
  const due = declarationDue(month);
  const covered = [m - 3, m - 2, m - 1].map(monthOfIndex);
  const names = found.some((f) => f.right.id === 'rsa')
    ? found.some((f) => f.right.id === 'ppa')
      ? 'votre RSA et votre prime d’activité'
      : 'votre RSA'
    : 'votre prime d’activité';
  const [firstMonth = month, , lastMonth = month] = covered;
  const sameYear = firstMonth.slice(0, 4) === lastMonth.slice(0, 4);
  const span = `${sameYear ? (frenchMonth(firstMonth).split(' ')[0] ?? '') : frenchMonth(firstMonth)} à ${frenchMonth(lastMonth)}`;
  return [
    {
      source: 'quarterly-declaration',
      fact: month,
      category: 'deadline',
      title: `Déclaration trimestrielle de ressources : ${span}`,
      body: `Pour ${names}, déclarez vos ressources de ${span} (déclaration trimestrielle de ressources) avant le ${frenchDate(due)}. Sans elle, le versement est suspendu.`,
      dueDate: due,
      validUntil: due,
      action: {
        label: 'Faire ma déclaration trimestrielle',
        href: DECLARE_HREF[holder.organisation] ?? DECLARE_HREF.caf ?? '',
      },
    },
  ];
};

interface Renewal {
  readonly source: string;
  readonly ids: readonly string[];
  /** Months before the end the reminder opens, and the request is due. */
  readonly opensMonths: number;
  readonly dueMonths: number;
  readonly title: (label: string) => string;
  readonly body: (label: string, due: string, end: string) => string;
  readonly action: { readonly label: string; readonly href: string };
}

function renewal(r: Renewal): Source {
  return (input) =>
    rightsOf(input, r.ids).flatMap(({ right }): AlertDraft[] => {
      if (!right.until) return [];
      const opens = addMonths(right.until, -r.opensMonths);
      if (input.today < opens) return [];
      const due = nextWorkingDay(addMonths(right.until, -r.dueMonths));
      return [
        {
          source: r.source,
          fact: `${right.id}:${right.until}`,
          category: 'deadline',
          title: r.title(right.label),
          body: r.body(right.label, due, right.until),
          dueDate: due,
          validUntil: right.until,
          action: r.action,
        },
      ];
    });
}

/** C2S: granted for a year, renewed from two months before its end (request due a month before). */
export const c2sRenewal = renewal({
  source: 'c2s-renewal',
  ids: ['css', 'c2s'],
  opensMonths: 2,
  dueMonths: 1,
  title: () => 'Renouvelez votre Complémentaire santé solidaire',
  body: (_l, due, end) =>
    `Votre Complémentaire santé solidaire prend fin le ${frenchDate(end)}. Faites la demande de renouvellement avant le ${frenchDate(due)} pour rester couvert sans interruption.`,
  action: {
    label: 'Renouveler ma Complémentaire santé solidaire',
    href: '/demarches/formulaires/complementaire-sante',
  },
});

/** AAH: the MDPH asks for the renewal request six months before the end of the decision. */
export const aahRenewal = renewal({
  source: 'aah-renewal',
  ids: ['aah'],
  opensMonths: 8,
  dueMonths: 6,
  title: () => 'Préparez le renouvellement de votre AAH',
  body: (_l, due, end) =>
    `Votre allocation aux adultes handicapés est accordée jusqu’au ${frenchDate(end)}. Déposez votre demande de renouvellement auprès de la MDPH avant le ${frenchDate(due)}.`,
  action: {
    label: 'Demander le renouvellement à la MDPH',
    href: 'https://mdphenligne.cnsa.fr',
  },
});

/** End of the unemployment benefit: told two months ahead, on the day it ends. */
export const unemploymentEnd: Source = (input) =>
  rightsOf(input, ['are', 'ass']).flatMap(({ right }): AlertDraft[] => {
    if (!right.until || input.today < addMonths(right.until, -2)) return [];
    return [
      {
        source: 'unemployment-end',
        fact: `${right.id}:${right.until}`,
        category: 'deadline',
        title: 'Fin de votre allocation chômage',
        body: `Votre ${right.label} s’arrête le ${frenchDate(right.until)}. Parlez-en à votre conseiller France Travail : d’autres droits (ASS, RSA, prime d’activité) peuvent prendre le relais.`,
        dueDate: right.until,
        validUntil: right.until,
        action: { label: 'Voir mes droits possibles', href: '/droits' },
      },
    ];
  });

/** Days an organisation gives to send the documents it awaits in a procedure. */
export const DOCUMENTS_DAYS = 30;

/**
 * An organisation recorded a procedure that came without any supporting document: it awaits
 * them, within DOCUMENTS_DAYS days of the sending.
 */
export function documentsRequested(p: ProcedureFact, today: string): AlertDraft[] {
  if (p.status !== 'acknowledged' || p.documents > 0) return [];
  const sent = parisDay(p.createdAt);
  const due = nextWorkingDay(addDays(sent, DOCUMENTS_DAYS));
  if (today > due) return [];
  return [
    {
      source: 'documents-requested',
      fact: p.id,
      category: 'deadline',
      title: 'Des justificatifs sont attendus pour votre démarche',
      body: `L’organisme a enregistré votre démarche et attend vos justificatifs avant le ${frenchDate(due)}. Ajoutez-les depuis « Mes justificatifs ».`,
      dueDate: due,
      validUntil: due,
      action: { label: 'Ajouter mes justificatifs', href: '/demarches/justificatifs' },
    },
  ];
}

export const procedureDocuments: Source = (input) =>
  input.procedures.flatMap((p) => documentsRequested(p, input.today));

/** Days before the end of a mandate the person is told (the renewal notice of the contract). */
export const MANDATE_NOTICE_DAYS = 30;

export function mandateEnd(m: MandateFact, today: string): AlertDraft[] {
  if (m.status !== 'actif' || today < addDays(m.endsOn, -MANDATE_NOTICE_DAYS)) return [];
  return [
    {
      source: 'mandate-end',
      fact: `${m.id}:${m.endsOn}`,
      category: 'deadline',
      title: 'Votre mandat d’accompagnement arrive à échéance',
      body: `Le mandat donné à ${m.structure} prend fin le ${frenchDate(m.endsOn)}. Si vous souhaitez continuer à être accompagné, demandez son renouvellement.`,
      dueDate: m.endsOn,
      validUntil: m.endsOn,
      action: { label: 'Voir mes mandats', href: '/mes-mandats' },
    },
  ];
}

export const mandateEnds: Source = (input) =>
  input.mandates.flatMap((m) => mandateEnd(m, input.today));

export const deadlineSources: readonly Source[] = [
  quarterlyDeclaration,
  c2sRenewal,
  aahRenewal,
  unemploymentEnd,
  procedureDocuments,
  mandateEnds,
];
