import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

function makeDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'droits360-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><title>Droits360</title><h1>Accueil</h1>',
  );
  writeFileSync(path.join(dir, 'app.html'), '<!doctype html><title>Droits360</title>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("install",()=>{})');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{}');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js.br'), 'brotli bytes');
  return dir;
}

describe('server foundation', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SQLITE_FILE: ':memory:',
        STATIC_DIR: makeDist(),
      }),
    );
  });
  afterAll(() => app.close());

  it('answers the health check with the package version', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('serves hashed assets as immutable', async () => {
    const res = await app.inject('/assets/index-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves the pre-compressed copy to browsers that accept it', async () => {
    const res = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body).toBe('brotli bytes');
  });

  it.each(['/', '/sw.js', '/manifest.webmanifest'])(
    'revalidates %s on every visit',
    async (url) => {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    },
  );

  it('falls back to index.html for client-side routes', async () => {
    const res = await app.inject('/evenements-de-vie/naissance');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<title>Droits360</title>');
    expect(res.body).not.toContain('<h1>Accueil</h1>');
  });

  it('serves the pre-rendered home page at /', async () => {
    const res = await app.inject('/');
    expect(res.body).toContain('<h1>Accueil</h1>');
  });

  it('answers /favicon.ico with the SVG icon when the build has no .ico', async () => {
    const res = await app.inject('/favicon.ico');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves the built favicon.ico when there is one', async () => {
    const dist = makeDist();
    writeFileSync(path.join(dist, 'favicon.ico'), Buffer.from([0, 0, 1, 0, 1, 0]));
    const withIco = await buildApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SQLITE_FILE: ':memory:',
        STATIC_DIR: dist,
      }),
    );
    const res = await withIco.inject('/favicon.ico');
    await withIco.close();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/icon/);
    expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });

  it('answers unknown API paths with a JSON 404 in French', async () => {
    const res = await app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: 'not_found',
      message: expect.stringContaining('introuvable'),
    });
  });

  it('sends the security headers on every response', async () => {
    const res = await app.inject('/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS only behind HTTPS', async () => {
    const https = await buildApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PUBLIC_URL: 'https://droits.example.fr',
        SQLITE_FILE: ':memory:',
      }),
    );
    const res = await https.inject('/api/health');
    await https.close();
    expect(res.headers['strict-transport-security']).toContain('max-age=');
  });

  it('sends HSTS behind a trusted proxy only for requests that came over HTTPS', async () => {
    const proxied = await buildApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SQLITE_FILE: ':memory:',
        TRUST_PROXY: '1',
      }),
    );
    const tls = await proxied.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    const plain = await proxied.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'http' },
    });
    const spoofed = await app.inject({
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    await proxied.close();
    expect(tls.headers['strict-transport-security']).toContain('max-age=');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
  });

  it('says how to build when the PWA is missing', async () => {
    const bare = await buildApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SQLITE_FILE: ':memory:',
        STATIC_DIR: '/nonexistent-dist',
      }),
    );
    const res = await bare.inject('/droits');
    await bare.close();
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
  });
});

describe('configuration', () => {
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });
  it('keeps demo data on outside production unless DEMO_DATA says otherwise', () => {
    const secret = 'a-production-secret-of-at-least-32-characters';
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: '0' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).demoData).toBe(false);
    expect(() => loadConfig({ OPERATOR_TOKEN: 'court' })).toThrow(/OPERATOR_TOKEN : 32 caractères/);
  });
});
