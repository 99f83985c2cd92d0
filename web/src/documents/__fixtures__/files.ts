// Small real-looking files and a multipart body for inject(), shared by the route tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { testApp, type TestApp } from '../../routes/__fixtures__/test-app.ts';

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);
export const TEXT = Buffer.from('bonjour, ceci est un texte et pas un justificatif\n');

export function multipart(name: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----droits360test';
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\n` +
      `content-type: ${type}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const tempDir = () => mkdtemp(path.join(tmpdir(), 'd360-docs-'));

/** The whole app with its documents in a fresh temporary folder, removed on close. */
export async function appWithDocuments(
  env: Record<string, string> = {},
): Promise<TestApp & { readonly dir: string }> {
  const dir = await tempDir();
  vi.stubEnv('DOCUMENTS_DIR', dir);
  const t = await testApp(env);
  return {
    ...t,
    dir,
    async close() {
      await t.close();
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
