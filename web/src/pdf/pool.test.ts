import { isMainThread, threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RightsResponse } from '../../../src/shared/contracts/rights.ts';
import { findPersonById } from '../demo/people.ts';
import { HttpError } from '../http/errors.ts';
import { testApp, type TestApp } from '../routes/__fixtures__/test-app.ts';
import { PdfPool } from './pool.ts';

let t: TestApp;
let rights: RightsResponse;
beforeAll(async () => {
  t = await testApp();
  const person = findPersonById('nadia-exemple');
  if (!person) throw new Error('nadia-exemple');
  rights = await t.app.services.rights.forPerson(person.claims);
});
afterAll(() => t.close());

describe('attestation PDFs', () => {
  it('are built in a worker thread, not on the server’s event loop', async () => {
    const pool = new PdfPool({ size: 1 });
    try {
      const { pdf, threadId: builtIn } = await pool.render(rights, Date.UTC(2026, 11, 3));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(isMainThread).toBe(true);
      expect(builtIn).not.toBe(threadId);
    } finally {
      await pool.close();
    }
  });

  it('are built a bounded number at a time, and refused in French past the queue', async () => {
    const pool = new PdfPool({ size: 2, queue: 3 });
    try {
      const five = Array.from({ length: 5 }, () => pool.render(rights, Date.UTC(2026, 11, 3)));
      const sixth = pool.render(rights, Date.UTC(2026, 11, 3));
      await expect(sixth).rejects.toBeInstanceOf(HttpError);
      await expect(sixth).rejects.toMatchObject({ statusCode: 503, code: 'busy' });
      const done = await Promise.all(five);
      expect(done.every((d) => d.pdf.subarray(0, 5).toString() === '%PDF-')).toBe(true);
      expect(pool.peak).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('reach the person through the route', async () => {
    const headers = await t.loginAs('nadia-exemple');
    const res = await t.app.inject({ url: '/api/me/attestation.pdf', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
