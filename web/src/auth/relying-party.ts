// The OpenID Connect relying party (openid-client v6), FranceConnect v2 profile: PKCE S256,
// state, nonce, acr eidas1, ES256 ID token and ES256-signed userinfo checked against the JWKS.
import * as oidc from 'openid-client';
import { z } from 'zod';
import { JwksVerifier, SignedUserinfoError } from './signed-userinfo.ts';
import { randomToken, type PendingLogin, type SessionUser } from './sessions.ts';

export const FC_SCOPES =
  'openid given_name family_name birthdate gender birthplace birthcountry email';

export interface RelyingPartyOptions {
  /** A function when the issuer is only known once the local provider listens (port 0). */
  readonly issuer: string | (() => Promise<string>);
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
  readonly acr: string;
  /** Scopes asked for; FranceConnect's by default (ProConnect for agents has its own). */
  readonly scope?: string;
  /** Tests only: replaces the HTTP client (e.g. to tamper with a response). */
  readonly fetch?: oidc.CustomFetch;
}

const userClaims = z.object({
  sub: z.string().min(1).max(128),
  given_name: z.string().min(1).max(200),
  family_name: z.string().min(1).max(200),
  birthdate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  gender: z.enum(['male', 'female']),
  birthplace: z.string().regex(/^([0-9][0-9AB][0-9]{3})?$/),
  birthcountry: z.string().regex(/^99\d{3}$/),
  email: z.email(),
});

// Plain HTTP only for the local provider (http://localhost); any real issuer is HTTPS.
// eslint-disable-next-line @typescript-eslint/no-deprecated
const insecureForLocalIdp = oidc.allowInsecureRequests;

export class RelyingParty {
  readonly #o: RelyingPartyOptions;
  #config: Promise<oidc.Configuration> | undefined;
  #jwks: JwksVerifier | undefined;

  constructor(o: RelyingPartyOptions) {
    this.#o = o;
  }

  /** Discovery once, retried on the next login if it failed (the provider may start later). */
  #configuration(): Promise<oidc.Configuration> {
    this.#config ??= this.#discover();
    return this.#config;
  }

  async #discover(): Promise<oidc.Configuration> {
    try {
      const issuer = typeof this.#o.issuer === 'string' ? this.#o.issuer : await this.#o.issuer();
      const c = await oidc.discovery(
        new URL(issuer),
        this.#o.clientId,
        { id_token_signed_response_alg: 'ES256', userinfo_signed_response_alg: 'ES256' },
        oidc.ClientSecretPost(this.#o.clientSecret),
        {
          ...(issuer.startsWith('http://') ? { execute: [insecureForLocalIdp] } : {}),
          ...(this.#o.fetch ? { [oidc.customFetch]: this.#o.fetch } : {}),
        },
      );
      if (this.#o.fetch) c[oidc.customFetch] = this.#o.fetch;
      c.timeout = 10;
      return c;
    } catch (error) {
      this.#config = undefined;
      throw error;
    }
  }

  async start(returnTo: string, now: number): Promise<{ url: string; pending: PendingLogin }> {
    const config = await this.#configuration();
    const pending: PendingLogin = {
      state: randomToken(),
      nonce: randomToken(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo,
      createdAt: now,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.#o.redirectUri,
      scope: this.#o.scope ?? FC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      acr_values: this.#o.acr,
      prompt: 'login',
    });
    return { url: url.href, pending };
  }

  /** Throws on any mismatch; returns the verified, parsed user and the ID token. */
  async finish(
    callbackUrl: URL,
    pending: PendingLogin,
  ): Promise<{ user: SessionUser; idToken: string }> {
    const { claims, idToken } = await this.finishClaims(callbackUrl, pending);
    return { user: { ...userClaims.parse(claims), acr: this.#o.acr }, idToken };
  }

  /** The verified signed-userinfo claims, for a caller that parses its own identity. */
  async finishClaims(
    callbackUrl: URL,
    pending: PendingLogin,
  ): Promise<{ claims: Record<string, unknown>; idToken: string }> {
    const config = await this.#configuration();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims || !tokens.id_token) throw new Error('no ID token');
    if (idClaims.acr !== this.#o.acr)
      throw new Error(`unexpected acr ${JSON.stringify(idClaims.acr)}`);
    const info = await this.#signedUserinfo(config, tokens.access_token);
    if (info.sub !== idClaims.sub)
      throw new SignedUserinfoError('userinfo sub differs from the ID token');
    return { claims: info, idToken: tokens.id_token };
  }

  async #signedUserinfo(config: oidc.Configuration, accessToken: string) {
    const meta = config.serverMetadata();
    if (!meta.userinfo_endpoint || !meta.jwks_uri)
      throw new SignedUserinfoError('provider metadata');
    const res = await oidc.fetchProtectedResource(
      config,
      accessToken,
      new URL(meta.userinfo_endpoint),
      'GET',
      undefined,
      new Headers({ accept: 'application/jwt' }),
    );
    if (!res.ok) throw new SignedUserinfoError(`userinfo HTTP ${res.status}`);
    if (!(res.headers.get('content-type') ?? '').startsWith('application/jwt'))
      throw new SignedUserinfoError('userinfo is not a signed JWT');
    const jwksUri = meta.jwks_uri;
    const get = (url: string) =>
      this.#o.fetch
        ? this.#o.fetch(url, {
            method: 'GET',
            headers: {},
            body: undefined,
            redirect: 'manual',
            signal: AbortSignal.timeout(10_000),
          })
        : fetch(url, { signal: AbortSignal.timeout(10_000) });
    this.#jwks ??= new JwksVerifier(jwksUri, get);
    return this.#jwks.verify(await res.text(), { issuer: meta.issuer, audience: this.#o.clientId });
  }

  /** The provider's end-session address; `back` replaces the default return (a registered one). */
  async endSessionUrl(
    idToken: string | undefined,
    back: { readonly postLogoutRedirectUri?: string; readonly state?: string } = {},
  ): Promise<string> {
    const config = await this.#configuration();
    const postLogoutRedirectUri = back.postLogoutRedirectUri ?? this.#o.postLogoutRedirectUri;
    if (!config.serverMetadata().end_session_endpoint) return postLogoutRedirectUri;
    return oidc.buildEndSessionUrl(config, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      ...(back.state ? { state: back.state } : {}),
      ...(idToken ? { id_token_hint: idToken } : { client_id: this.#o.clientId }),
    }).href;
  }
}
