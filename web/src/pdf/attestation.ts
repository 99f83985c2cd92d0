// The attestation of rights as a tagged PDF (structure tree, language, title shown, embedded
// Marianne font, real text and table headers) so that screen readers can read it.
import type { RightsResponse } from '../../../src/shared/contracts/rights.ts';
import { ORGANISATION_NAMES } from '../connectors/names.ts';
import { taggedDocument } from './tagged-document.ts';

// Thin spaces of the French number format are not in every PDF font: use plain spaces.
const euro = (cents: number) =>
  `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(cents / 100).replace(/\s/g, ' ')} €`;
const day = (iso: string | number) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );

export function attestationPdf(r: RightsResponse, now: number): Promise<Buffer> {
  const { doc, root, block, finish } = taggedDocument({
    title: 'Attestation de droits',
    subject: 'Droits sociaux en cours',
  });

  const name = `${r.person.givenName} ${r.person.familyName}`;
  block('H1', 'bold', 20, 'Attestation de droits');
  block(
    'P',
    'body',
    11,
    `Établie le ${day(now)} pour ${name}, né(e) le ${day(r.person.birthdate)}, à partir des informations transmises par chaque organisme à la date indiquée.`,
  );

  for (const o of r.organisations) {
    const current = o.record?.rights.filter((x) => x.status === 'en-cours') ?? [];
    if (o.status === 'no-file' || (o.record && current.length === 0)) continue;
    block('H2', 'bold', 14, ORGANISATION_NAMES[o.id]);
    if (!o.record) {
      block(
        'P',
        'body',
        11,
        'Organisme momentanément indisponible : aucun droit ne peut être attesté.',
      );
      continue;
    }
    if (o.fetchedAt !== undefined) block('P', 'body', 10, `Informations du ${day(o.fetchedAt)}.`);
    doc.font('body').fontSize(10);
    const header = (text: string) => ({ text, type: 'TH', scope: 'Column', font: { src: 'bold' } });
    // structParent and scope exist in pdfkit 0.20 but not yet in its type definitions.
    const table: PDFKit.Mixins.TableOptionsWithData & { structParent: unknown } = {
      structParent: root,
      columnStyles: ['*', 90, 110],
      data: [
        [
          header('Droit'),
          header('Depuis le'),
          header('Dernier versement'),
        ] as PDFKit.Mixins.CellOptions[],
        ...current.map((x) => [
          x.label,
          day(x.since),
          x.lastPayment ? euro(x.lastPayment.amountCents) : 'sans versement',
        ]),
      ],
    };
    doc.table(table);
    doc.moveDown(1);
  }

  block(
    'P',
    'body',
    9,
    'Ce document récapitule des informations des organismes ; il ne remplace pas les attestations que chacun délivre dans son espace personnel.',
  );
  return finish();
}
