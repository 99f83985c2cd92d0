// Where supporting documents are kept and how large one may be. Read from the environment at
// start (DOCUMENTS_DIR, DOCUMENT_MAX_BYTES); a bad value stops the server with its name.
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DOCUMENT_MAX_BYTES } from '../../../src/shared/contracts/documents.ts';

export interface DocumentConfig {
  readonly dir: string;
  readonly maxBytes: number;
}

const schema = z.object({
  DOCUMENTS_DIR: z.string().min(1).optional(),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(DEFAULT_DOCUMENT_MAX_BYTES),
});

/** By default the files sit next to the SQLite database (var/documents), outside dist/. */
export function documentConfig(
  env: Record<string, string | undefined>,
  sqliteFile: string,
): DocumentConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`);
    throw new Error(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const base = sqliteFile === ':memory:' ? 'var' : path.dirname(sqliteFile);
  return {
    dir: path.resolve(parsed.data.DOCUMENTS_DIR ?? path.join(base, 'documents')),
    maxBytes: parsed.data.DOCUMENT_MAX_BYTES,
  };
}
