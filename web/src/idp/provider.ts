// A FranceConnect v2-like OpenID provider on oidc-provider: authorization code with PKCE
// (S256 only), state and nonce, acr eidas1, ES256-signed ID token and userinfo, one scope per
// claim, RP-initiated logout with a registered post_logout_redirect_uri.
import { createHash } from 'node:crypto';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { escapeHtml, layout } from './pages.ts';
import type { SigningJwk } from './keys.ts';

export interface IdpAccount {
  readonly login: string;
  readonly password: string;
  readonly sub: string;
  readonly claims: Readonly<Record<string, string>>;
}

export interface IdpClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
  /**
   * Return addresses whose logout nobody is there to confirm (a kiosk reset after inactivity):
   * the session ends without the question, as FranceConnect does on its end-session call.
   */
  readonly unattendedPostLogoutRedirectUris?: readonly string[];
  readonly name: string;
}

export interface ProviderOptions {
  readonly issuer: string;
  readonly brand: string;
  /** Claim names; each is also the scope that releases it, as on FranceConnect. */
  readonly claimNames: readonly string[];
  readonly acr: string;
  readonly accounts: readonly IdpAccount[];
  readonly clients: readonly IdpClient[];
  readonly key: SigningJwk;
  readonly cookieSecret: string;
}

export function createProvider(o: ProviderOptions): Provider {
  const bySub = new Map(o.accounts.map((a) => [a.sub, a]));
  const claims: Record<string, string[]> = { openid: ['sub'] };
  for (const c of o.claimNames) claims[c] = [c];
  const config: Configuration = {
    clients: o.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      client_name: c.name,
      redirect_uris: [...c.redirectUris],
      post_logout_redirect_uris: [...c.postLogoutRedirectUris],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: 'ES256',
      userinfo_signed_response_alg: 'ES256',
    })),
    jwks: { keys: [o.key] },
    cookies: { keys: [o.cookieSecret] },
    scopes: ['openid', ...o.claimNames],
    claims,
    acrValues: [o.acr],
    pkce: { required: () => true },
    responseTypes: ['code'],
    enabledJWA: { idTokenSigningAlgValues: ['ES256'], userinfoSigningAlgValues: ['ES256'] },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      revocation: { enabled: false },
      introspection: { enabled: false },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // A public service provider on FranceConnect shows no consent screen: the grant covers
    // what the registered client asks for.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope(['openid', ...o.claimNames].join(' '));
      await grant.save();
      return grant;
    },
    findAccount: (_ctx, sub) => {
      const account = bySub.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...account.claims }) };
    },
    ttl: {
      Session: 30 * 60,
      Interaction: 10 * 60,
      AuthorizationCode: 60,
      AccessToken: 60 * 60,
      IdToken: 60 * 60,
      Grant: 30 * 60,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = layout(
        'Erreur',
        `<h1>La connexion n’a pas pu aboutir</h1><p>${escapeHtml(describe(out.error))}</p><p>Revenez sur le service et recommencez la connexion.</p>`,
        o.brand,
      );
    },
  };
  const provider = new Provider(o.issuer, config);
  provider.proxy = true;
  return provider;

  function logoutSource(ctx: KoaContextWithOIDC, form: string) {
    const back = ctx.oidc.params?.post_logout_redirect_uri;
    if (
      typeof back === 'string' &&
      o.clients.some((c) => c.unattendedPostLogoutRedirectUris?.includes(back))
    ) {
      unattendedLogout(ctx, form);
      return;
    }
    ctx.body = layout(
      'Déconnexion',
      `<h1>Se déconnecter de ${escapeHtml(o.brand)}</h1><p>Votre session sur ce fournisseur d’identité va être fermée, sur cet appareil.</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Me déconnecter</button>
<button type="submit" form="op.logoutForm" class="secondary">Rester connecté</button>`,
      o.brand,
    );
  }

  // The confirmation form posted at once with logout=yes (one hashed inline script; a button
  // without script).
  function unattendedLogout(ctx: KoaContextWithOIDC, form: string) {
    const script = "document.getElementById('op.logoutForm').submit();";
    const hash = createHash('sha256').update(script).digest('base64');
    ctx.set(
      'content-security-policy',
      `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'`,
    );
    ctx.body = layout(
      'Déconnexion',
      `<h1>Fermeture de votre session ${escapeHtml(o.brand)}</h1>${form.replace(
        '</form>',
        '<input type="hidden" name="logout" value="yes"/><button type="submit">Continuer</button></form>',
      )}<script>${script}</script>`,
      o.brand,
    );
  }

  function postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
    ctx.body = layout(
      'Déconnecté',
      '<h1>Vous êtes déconnecté</h1><p>Vous pouvez fermer cette page.</p>',
      o.brand,
    );
  }
}

function describe(code: string): string {
  switch (code) {
    case 'invalid_request':
      return 'La demande de connexion est incomplète ou invalide.';
    case 'invalid_client':
    case 'unauthorized_client':
      return 'Le service qui demande la connexion n’est pas reconnu.';
    case 'invalid_redirect_uri':
      return 'L’adresse de retour du service n’est pas enregistrée.';
    case 'session_not_found':
    case 'invalid_grant':
      return 'La demande de connexion a expiré.';
    default:
      return 'Une erreur est survenue pendant la connexion.';
  }
}
