// The portal's printable documents: tagged A4 PDFs (structure tree, language, title shown,
// embedded Marianne font, real text) that screen readers can read. Each document adds its blocks
// to `root`, then calls `finish()` for the bytes.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve('@gouvfr/dsfr/dist/fonts/Marianne-Regular.woff'),
  bold: require.resolve('@gouvfr/dsfr/dist/fonts/Marianne-Bold.woff'),
};

export interface TaggedDocument {
  readonly doc: PDFKit.PDFDocument;
  readonly root: PDFKit.PDFStructureElement;
  /** One tagged block of text (H1, H2, P…) in the body or bold font. */
  readonly block: (type: string, font: 'body' | 'bold', size: number, text: string) => void;
  /** Ends the document and gives its bytes. */
  readonly finish: () => Promise<Buffer>;
}

export function taggedDocument(info: {
  readonly title: string;
  readonly subject: string;
}): TaggedDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: { Title: info.title, Author: 'Droits360', Subject: info.subject },
  });
  doc.registerFont('body', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const block = (type: string, font: 'body' | 'bold', size: number, text: string) => {
    root.add(
      doc.struct(type, {}, () => {
        doc.font(font).fontSize(size).text(text);
      }),
    );
    doc.moveDown(0.5);
  };
  const finish = () => {
    root.end();
    doc.end();
    return done;
  };
  return { doc, root, block, finish };
}
