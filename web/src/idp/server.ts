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
}

export interface LocalIdp {
  readonly issuer: string;
  readonly jwk: SigningJwk;
  close(): Promise<void>;
}

const MAX_FORM_BYTES = 4096;

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
    const form = new URLSearchParams(await readBody(req));
    const login = (form.get('login') ?? '').trim().toLowerCase();
    const account = byLogin.get(login);
    if (!account || account.password !== form.get('password')) {
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

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
