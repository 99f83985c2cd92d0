// Supporting documents ("justificatifs"), uploaded once and attached by reference to later
// procedures and messages. The server decides the type from the file's first bytes, never from
// its name; the size limit is the server's configuration, told to the client in every error.
import * as z from 'zod/mini';

export const DOCUMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;
export const documentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof documentType>;

/** The default size limit; a deployment changes it with DOCUMENT_MAX_BYTES. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const documentView = z.object({
  id: z.uuid(),
  name: z.string(),
  type: documentType,
  size: z.int(),
  createdAt: z.number(),
});
export type DocumentView = z.infer<typeof documentView>;
export const documentsResponse = z.object({
  documents: z.array(documentView),
  maxBytes: z.int(),
});
export type DocumentsResponse = z.infer<typeof documentsResponse>;

export const DOCUMENT_ERRORS = [
  'too-large',
  'wrong-type',
  'mismatch',
  'empty',
  'missing',
  'too-many',
] as const;
export type DocumentError = (typeof DOCUMENT_ERRORS)[number];

/** The French message of a refused upload; `maxBytes` names the limit in megabytes. */
export function documentMessage(code: DocumentError, maxBytes: number): string {
  switch (code) {
    case 'too-large':
      return `Le fichier dépasse ${megabytes(maxBytes)} Mo.`;
    case 'wrong-type':
      return 'Seuls les fichiers PDF, JPEG et PNG sont acceptés.';
    case 'mismatch':
      return 'Le contenu du fichier ne correspond pas à son extension : enregistrez-le à nouveau en PDF, JPEG ou PNG.';
    case 'empty':
      return 'Le fichier est vide.';
    case 'missing':
      return 'Choisissez un fichier à envoyer.';
    case 'too-many':
      return 'Vous avez atteint le nombre maximal de justificatifs (50) : supprimez-en un.';
  }
}

export const megabytes = (bytes: number) =>
  Number.isInteger(bytes / 1048576) ? String(bytes / 1048576) : (bytes / 1048576).toFixed(1);

export const documentErrorBody = z.object({
  error: z.enum(DOCUMENT_ERRORS),
  message: z.string(),
  maxBytes: z.int(),
});
