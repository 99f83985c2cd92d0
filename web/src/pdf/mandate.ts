// The printable mandate for the person: a short tagged PDF (language, title, Marianne font, real
// text) saying who may act for them, in which domains, until when, and how to revoke it.
import type { MandateDomain } from '../../../src/shared/contracts/assisted.ts';
import { taggedDocument } from './tagged-document.ts';

/** What the printed mandate says (plain data: it crosses to a worker thread). */
export interface MandatePdfInput {
  readonly id: string;
  readonly structureName: string;
  readonly siret: string;
  readonly agent: { readonly givenName: string; readonly usualName: string };
  readonly person: { readonly givenName: string; readonly familyName: string } | null;
  readonly domains: readonly { readonly id: MandateDomain; readonly label: string }[];
  readonly durationDays: number;
  readonly consentedAt: number;
  readonly endsAt: number;
  readonly revokedAt: number | null;
  readonly summaryHash: string;
}

const frenchDate = (ms: number) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(ms),
  );

export function mandatePdf(m: MandatePdfInput, now: number): Promise<Buffer> {
  const { doc, root, block, finish } = taggedDocument({
    title: 'Mandat d’accompagnement',
    subject: 'Mandat',
  });

  const person = m.person ? `${m.person.givenName} ${m.person.familyName}` : '—';
  block('H1', 'bold', 20, 'Mandat d’accompagnement');
  block(
    'P',
    'body',
    11,
    `${person} autorise la structure ${m.structureName} (SIRET ${m.siret}) à l’aider dans ses démarches en ligne, dans les domaines listés ci-dessous. Tout conseiller de cette structure peut agir sous ce mandat ; chaque action est inscrite dans votre historique d’accompagnement.`,
  );
  block('H2', 'bold', 14, 'Conseiller ayant créé le mandat');
  block('P', 'body', 11, `${m.agent.givenName} ${m.agent.usualName}, ${m.structureName}`);
  block('H2', 'bold', 14, 'Domaines couverts');
  const list = doc.struct('L');
  root.add(list);
  for (const d of m.domains)
    list.add(
      doc.struct('LI', {}, () => {
        doc.font('body').fontSize(11).text(`• ${d.label}`);
      }),
    );
  doc.moveDown(0.5);
  block('H2', 'bold', 14, 'Durée');
  block(
    'P',
    'body',
    11,
    `Accord donné le ${frenchDate(m.consentedAt)} avec FranceConnect ; fin du mandat le ${frenchDate(m.endsAt)} (${String(m.durationDays)} jour${m.durationDays > 1 ? 's' : ''}).`,
  );
  if (m.revokedAt !== null) block('P', 'bold', 11, `Mandat révoqué le ${frenchDate(m.revokedAt)}.`);
  block('H2', 'bold', 14, 'Comment révoquer ce mandat');
  block(
    'P',
    'body',
    11,
    'À tout moment, sans justification : connectez-vous à Droits360 avec FranceConnect, ouvrez « Mes mandats » (aussi depuis « Mes données ») et choisissez « Révoquer ». Vous pouvez aussi le demander à la structure. Le conseiller ne connaît jamais vos mots de passe.',
  );
  block(
    'P',
    'body',
    9,
    `Référence du mandat : ${m.id}. Empreinte du résumé accepté : ${m.summaryHash}. Document édité le ${frenchDate(now)}.`,
  );
  return finish();
}
