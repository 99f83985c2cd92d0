// Runs a local identity provider on its own port: its own origin and cookies, like the real
// FranceConnect, so that logging out of the portal and out of the provider are two real steps.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProvider, type IdpAccount, type IdpClient } from './provider.ts';
import type { SigningJwk } from './keys.ts';
import { loginPage, messagePage, type TestAccount } from './pages.ts';

export interface LocalIdpOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** Defaults to http://localhost:<port> (http://127.0.0.1:<port> when host is 127.0.0.1). */
  readonly issuer?: string;
  readonly brand: string;
  readonly claimNames: readonly string[];
  readonly acr: string;
  readonly accounts: readonly (IdpAccount & { readonly listed: TestAccount })[];
  readonly clients: readonly IdpClient[];
  readonly key: SigningJwk;
  readonly cookieSecret: string;
  /** Clock of the password-guessing limits (tests move it). */
  readonly now?: () => number;
}

export interface LocalIdp {
  readonly issuer: string;
  readonly jwk: SigningJwk;
  close(): Promise<void>;
}

const MAX_FORM_BYTES = 4096;
const MINUTE = 60_000;
/** Wrong passwords allowed per address and login, and form posts per address, per window. */
const FAILURES = { max: 10, windowMs: 15 * MINUTE };
const POSTS = { max: 30, windowMs: MINUTE };

class FormTooLarge extends Error {
  override name = 'FormTooLarge';
}

/** Fixed-window counters in memory: the local provider is a development tool in one process. */
class Attempts {
  readonly #rows = new Map<string, { hits: number; resetAt: number }>();
  readonly #now: () => number;
  constructor(now: () => number) {
    this.#now = now;
  }
  /** Seconds to wait when `key` already reached `max` in its window, else 0. */
  blocked(key: string, max: number): number {
    const r = this.#rows.get(key);
    const now = this.#now();
    if (!r || r.resetAt <= now || r.hits < max) return 0;
    return Math.ceil((r.resetAt - now) / 1000);
  }
  hit(key: string, windowMs: number) {
    const now = this.#now();
    const r = this.#rows.get(key);
    if (!r || r.resetAt <= now) this.#rows.set(key, { hits: 1, resetAt: now + windowMs });
    else r.hits += 1;
    if (this.#rows.size > 10_000)
      for (const [k, v] of this.#rows) if (v.resetAt <= now) this.#rows.delete(k);
  }
  clear(key: string) {
    this.#rows.delete(key);
  }
}

export async function startLocalIdp(o: LocalIdpOptions): Promise<LocalIdp> {
  // The provider needs the bound port in its issuer, so requests wait for it to exist.
  const route: { handle?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const server: Server = createServer((req, res) => {
    if (route.handle) route.handle(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = o.host === '127.0.0.1' ? '127.0.0.1' : 'localhost';
  const issuer = o.issuer ?? `http://${host}:${port}`;
  const provider = createProvider({ ...o, issuer });
  const byLogin = new Map(o.accounts.map((a) => [a.login, a]));
  const oidc = provider.callback();
  const listed = o.accounts.map((a) => a.listed);
  const attempts = new Attempts(o.now ?? Date.now);

  const send = (res: ServerResponse, status: number, html: string) => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'",
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(html);
  };

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string) {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      send(
        res,
        400,
        messagePage(
          o.brand,
          'Demande expirée',
          'Cette demande de connexion a expiré. Revenez sur le service et recommencez.',
        ),
      );
      return;
    }
    if (details.uid !== uid) {
      send(
        res,
        400,
        messagePage(
          o.brand,
          'Demande invalide',
          'Cette demande de connexion ne correspond pas à votre navigateur.',
        ),
      );
      return;
    }
    const client = typeof details.params.client_id === 'string' ? details.params.client_id : '';
    const clientName = o.clients.find((c) => c.clientId === client)?.name ?? client;
    const action = `/interaction/${encodeURIComponent(uid)}`;
    if (req.method === 'GET') {
      send(res, 200, loginPage({ brand: o.brand, action, clientName, accounts: listed }));
      return;
    }
    const address = req.socket.remoteAddress ?? '';
    const tooMany = (seconds: number) => {
      res.setHeader('retry-after', String(seconds));
      send(
        res,
        429,
        messagePage(
          o.brand,
          'Trop de tentatives',
          `Trop de tentatives de connexion depuis cet appareil. Patientez ${Math.ceil(seconds / 60)} minute(s) puis recommencez.`,
        ),
      );
    };
    const waitPosts = attempts.blocked(`post|${address}`, POSTS.max);
    if (waitPosts) {
      tooMany(waitPosts);
      return;
    }
    attempts.hit(`post|${address}`, POSTS.windowMs);
    let raw;
    try {
      raw = await readBody(req);
    } catch (error) {
      if (!(error instanceof FormTooLarge)) throw error;
      res.setHeader('connection', 'close');
      send(
        res,
        413,
        messagePage(
          o.brand,
          'Formulaire trop long',
          'Les informations envoyées sont trop longues. Revenez sur le service et recommencez la connexion.',
        ),
      );
      return;
    }
    const form = new URLSearchParams(raw);
    const login = (form.get('login') ?? '').trim().toLowerCase();
    const failureKey = `fail|${address}|${login}`;
    const waitFailures = attempts.blocked(failureKey, FAILURES.max);
    if (waitFailures) {
      tooMany(waitFailures);
      return;
    }
    const account = byLogin.get(login);
    if (!account || account.password !== form.get('password')) {
      attempts.hit(failureKey, FAILURES.windowMs);
      send(
        res,
        401,
        loginPage({
          brand: o.brand,
          action,
          clientName,
          accounts: listed,
          login,
          error:
            'Identifiant ou mot de passe incorrect. Vérifiez-les dans le tableau des identités de test ci-dessous.',
        }),
      );
      return;
    }
    attempts.clear(failureKey);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub, acr: o.acr, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
  }

  route.handle = (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const m = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(path);
    if (m?.[1] && (req.method === 'GET' || req.method === 'POST')) {
      interaction(req, res, m[1]).catch(() => {
        if (!res.headersSent)
          send(
            res,
            500,
            messagePage(o.brand, 'Erreur', 'Une erreur est survenue. Recommencez la connexion.'),
          );
      });
      return;
    }
    void oidc(req, res);
  };

  return {
    issuer,
    jwk: o.key,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The form's bytes; past MAX_FORM_BYTES the rest is read and dropped (the socket stays usable
 * for the answer) and the promise fails with FormTooLarge. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_FORM_BYTES) reject(new FormTooLarge());
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}
