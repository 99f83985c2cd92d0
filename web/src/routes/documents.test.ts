import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, PNG, TEXT, multipart, appWithDocuments } from '../documents/__fixtures__/files.ts';
import { expectPortalError } from '../http/__fixtures__/portal-error.ts';

let t: Awaited<ReturnType<typeof appWithDocuments>>;
let dir: string;
beforeAll(async () => {
  t = await appWithDocuments();
  dir = t.dir;
});
afterAll(() => t.close());

async function upload(who: string, name: string, content: Buffer) {
  const headers = await t.loginAs(who);
  const body = multipart(name, content);
  return t.app.inject({
    method: 'POST',
    url: '/api/me/documents',
    headers: { ...headers, ...body.headers },
    payload: body.payload,
  });
}

type Doc = { id: string; name: string; type: string; size: number };
type Refusal = { error: string; message: string; fields: { path: string; message: string }[] };

describe('supporting documents', () => {
  it('keeps a PDF and lists it with its type read from the content', async () => {
    const res = await upload('nadia-exemple', 'bail.pdf', PDF);
    expect(res.statusCode).toBe(201);
    const doc = res.json<Doc>();
    expect(doc).toMatchObject({ name: 'bail.pdf', type: 'pdf', size: PDF.length });
    expect(existsSync(path.join(dir, doc.id))).toBe(true);
    const list = await t.app.inject({
      url: '/api/me/documents',
      headers: await t.loginAs('nadia-exemple'),
    });
    expect(list.json<{ documents: Doc[]; maxBytes: number }>()).toMatchObject({
      documents: [{ id: doc.id }],
      maxBytes: 10 * 1024 * 1024,
    });
  });

  it('refuses a text file renamed .pdf, and a PNG named .pdf (content and name disagree)', async () => {
    const text = await upload('lucas-essai', 'avis.pdf', TEXT);
    expect(text.statusCode).toBe(400);
    expect(text.json<Refusal>().message).toBe('Seuls les fichiers PDF, JPEG et PNG sont acceptés.');
    const png = await upload('lucas-essai', 'avis.pdf', PNG);
    expect(png.statusCode).toBe(400);
    expect(png.json<Refusal>()).toMatchObject({ error: 'mismatch', fields: [{ path: 'file' }] });
    const plain = await upload('lucas-essai', 'scan', PNG);
    expect(plain.json<Doc>().type).toBe('png');
  });

  it('refuses a file over 10 MB with a French message and leaves nothing on disk', async () => {
    const before = await readdir(dir);
    const res = await upload(
      'marcel-modele',
      'gros.pdf',
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(res.statusCode).toBe(413);
    expect(res.json<Refusal>().message).toBe('Le fichier dépasse 10 Mo.');
    expect(await readdir(dir)).toEqual(before);
  });

  it('deletes the file with its record', async () => {
    const doc = (await upload('sophie-maquette', 'photo.png', PNG)).json<Doc>();
    expect(existsSync(path.join(dir, doc.id))).toBe(true);
    const headers = await t.loginAs('sophie-maquette');
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/documents/${doc.id}`,
      headers,
    });
    expect(del.statusCode).toBe(204);
    expect(existsSync(path.join(dir, doc.id))).toBe(false);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/documents/${doc.id}`,
      headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it('never reaches another person’s document', async () => {
    const doc = (await upload('nadia-exemple', 'cni.png', PNG)).json<Doc>();
    const other = await t.loginAs('lucas-essai');
    const read = await t.app.inject({ url: `/api/me/documents/${doc.id}/file`, headers: other });
    expect(read.statusCode).toBe(404);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/documents/${doc.id}`,
      headers: other,
    });
    expect(del.statusCode).toBe(404);
    expect(existsSync(path.join(dir, doc.id))).toBe(true);
    const own = await t.app.inject({
      url: `/api/me/documents/${doc.id}/file`,
      headers: await t.loginAs('nadia-exemple'),
    });
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.rawPayload.equals(PNG)).toBe(true);
  });

  it('requires the CSRF token to upload or delete', async () => {
    const { 'x-csrf-token': _token, ...headers } = await t.loginAs('nadia-exemple');
    const body = multipart('bail.pdf', PDF);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/documents',
      headers: { ...headers, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(403);
  });

  it('erases documents and their files with "Mes données"', async () => {
    const doc = (await upload('yanis-prototype', 'rib.pdf', PDF)).json<Doc>();
    const headers = await t.loginAs('yanis-prototype');
    const exported = await t.app.inject({ url: '/api/me/data', headers });
    expect(exported.json<{ documents: { items: Doc[] } }>().documents.items).toMatchObject([
      { id: doc.id },
    ]);
    await t.app.inject({ method: 'DELETE', url: '/api/me/data', headers });
    expect(existsSync(path.join(dir, doc.id))).toBe(false);
  });
});

describe('uploads under stress', () => {
  it('answers a cut-off upload with a French 400 and keeps nothing', async () => {
    const headers = await t.loginAs('julien-fictif');
    const body = multipart('avis.pdf', Buffer.concat([PDF, Buffer.alloc(4000, 0x20)]));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/documents',
      headers: { ...headers, ...body.headers },
      payload: body.payload.subarray(0, body.payload.length - 1500),
    });
    expect(res.statusCode).toBe(400);
    expectPortalError(res.body, 'upload-interrupted');
    const list = await t.app.inject({ url: '/api/me/documents', headers });
    expect(list.json<{ documents: unknown[] }>().documents).toEqual([]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('removes bidirectional control characters from the stored name', async () => {
    const res = await upload('karim-specimen', 'facture\u202Efdp.exe\u2066.pdf', PDF);
    expect(res.statusCode).toBe(201);
    expect(res.json<Doc>().name).toBe('facturefdp.exe.pdf');
  });
});

describe('the 50-document limit', () => {
  it('holds when uploads arrive in parallel', async () => {
    const many = await appWithDocuments({ RATE_LIMIT_SCALE: '10' });
    try {
      const headers = await many.loginAs('jeannine-temoin');
      const answers = await Promise.all(
        Array.from({ length: 56 }, (_, i) => {
          const body = multipart(`piece-${i}.pdf`, PDF);
          return many.app.inject({
            method: 'POST',
            url: '/api/me/documents',
            headers: { ...headers, ...body.headers },
            payload: body.payload,
          });
        }),
      );
      const statuses = answers.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(50);
      expect(statuses.filter((s) => s !== 201).every((s) => s === 400)).toBe(true);
      const list = await many.app.inject({ url: '/api/me/documents', headers });
      expect(list.json<{ documents: unknown[] }>().documents).toHaveLength(50);
      expect((await readdir(many.dir)).filter((f) => !f.endsWith('.part'))).toHaveLength(50);
    } finally {
      await many.close();
    }
  });
});
