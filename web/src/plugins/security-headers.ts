import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

export interface SecurityOptions {
  /** HSTS is only meaningful (and only sent) when the portal is served over HTTPS. */
  readonly https: boolean;
  /** Behind a TLS-terminating proxy: HSTS when the proxy says the request came over HTTPS. */
  readonly trustProxy?: boolean;
  /** Origins a form may be posted or redirected to (the identity provider's logout). */
  readonly formActionOrigins?: readonly string[];
}

export function contentSecurityPolicy(opts: SecurityOptions): string {
  const formAction = ["'self'", ...(opts.formActionOrigins ?? [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

const plugin: FastifyPluginAsync<SecurityOptions> = async (app, opts) => {
  const csp = contentSecurityPolicy(opts);
  app.addHook('onSend', async (request, reply, payload) => {
    // Personal data never lands in a browser or proxy cache (shared devices, kiosks); a public
    // route that chose its own policy (the commune reference) keeps it.
    if (/^\/(api|auth)(\/|$)/.test(request.url) && !reply.hasHeader('cache-control'))
      reply.header('Cache-Control', 'no-store');
    reply.header('Content-Security-Policy', csp);
    reply.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    if (opts.https || (opts.trustProxy === true && request.protocol === 'https'))
      reply.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    return payload;
  });
};

export const securityHeaders = fp(plugin, { name: 'security-headers' });
