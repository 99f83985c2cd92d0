import { describe, expect, it } from 'vitest';
import { IdentityConfigError, loadIdentityConfig } from './config.ts';

describe('identity configuration', () => {
  it('starts the local provider on port 8081 by default', () => {
    const c = loadIdentityConfig({});
    expect(c.local).toEqual({ host: 'localhost', port: 8081 });
    expect(c.issuer).toBe('http://localhost:8081');
    expect(c.acr).toBe('eidas1');
  });

  it('switches the local provider off when a real issuer is configured', () => {
    const c = loadIdentityConfig({
      FC_ISSUER: 'https://fcp-low.integ01.dev-franceconnect.fr/api/v2',
      FC_CLIENT_ID: 'abc',
      FC_CLIENT_SECRET: 'a-secret-of-sixteen-chars',
    });
    expect(c.local).toBeNull();
    expect(c.clientSecret).toBe('a-secret-of-sixteen-chars');
  });

  it('refuses an issuer without credentials, and production without a real issuer', () => {
    expect(() => loadIdentityConfig({ FC_ISSUER: 'https://idp.example/' })).toThrow(
      IdentityConfigError,
    );
    expect(() => loadIdentityConfig({ NODE_ENV: 'production' })).toThrow(/FC_ISSUER/);
    expect(loadIdentityConfig({ NODE_ENV: 'production', LOCAL_IDP: 'on' }).local).not.toBeNull();
  });
});
