import { z } from 'zod';
import { parseConnectorConfig, type ConnectorConfig } from './connectors/config.ts';

// Configuration comes from the environment only, parsed once at start. A bad value stops the
// server with a message naming the variable, never a stack trace.
const booleanish = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const DEV_SESSION_SECRET = 'droits360-dev-secret-not-for-production-use';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    PUBLIC_URL: z.url().optional(),
    TRUST_PROXY: booleanish.default(false),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'doit commencer par postgres:// ou postgresql://')
      .optional(),
    SQLITE_FILE: z.string().min(1).default('var/droits360.sqlite'),
    STATIC_DIR: z.string().min(1).default('dist'),
    SESSION_SECRET: z.string().min(32).default(DEV_SESSION_SECRET),
    // Requests per minute from one address on /api and /auth; RATE_LIMIT_SCALE multiplies every
    // limit (a load test raises them all at once).
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
    RATE_LIMIT_SCALE: z.coerce.number().min(0.01).max(100_000).default(1),
    OPERATOR_NAME: z.string().min(1).max(120).default('Droits360'),
    // The fictitious demo data (today: the demo reception area and its kiosk code DEMO-BORNE);
    // on by default outside production.
    DEMO_DATA: booleanish.optional(),
    // Bearer token of the fleet operator for GET /api/borne/statut; absent: agents only.
    OPERATOR_TOKEN: z.string().min(32, '32 caractères au moins').max(256).optional(),
    // Alerts: Web Push keys (generated once and kept in the database when absent), e-mail over
    // SMTP (absent: .eml files under MAIL_DIR), and how often the scheduler looks for due jobs.
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{80,100}$/, 'clé publique VAPID en base64url')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{40,50}$/, 'clé privée VAPID en base64url')
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)/, 'doit commencer par mailto: ou https://')
      .default('mailto:alertes@droits360.invalid'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'doit commencer par smtp:// ou smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Droits360 <ne-pas-repondre@droits360.invalid>'),
    MAIL_DIR: z.string().min(1).default('var/mail'),
    JOBS_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(5000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.SESSION_SECRET === DEV_SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'le secret de développement est refusé en production',
      });
    }
    if (Boolean(c.VAPID_PUBLIC_KEY) !== Boolean(c.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.VAPID_PUBLIC_KEY ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'],
        message: 'les deux clés VAPID vont ensemble (ou aucune : elles sont alors générées)',
      });
    }
  });

export type Config = z.infer<typeof schema> & {
  readonly publicUrl: string;
  readonly https: boolean;
  readonly connectors: ConnectorConfig;
  /** DEMO_DATA, or on outside production when unset. */
  readonly demoData: boolean;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  const connectors = parseConnectorConfig(env);
  if (!parsed.success || !connectors.ok) {
    const issues = [
      ...(parsed.success
        ? []
        : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
      ...(connectors.ok ? [] : connectors.issues),
    ];
    const lines = issues.map((i) => `- ${i.path || '(racine)'} : ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicUrl = c.PUBLIC_URL ?? `http://localhost:${c.PORT}`;
  return {
    ...c,
    publicUrl,
    https: publicUrl.startsWith('https://'),
    connectors: connectors.value,
    demoData: c.DEMO_DATA ?? c.NODE_ENV !== 'production',
  };
}
