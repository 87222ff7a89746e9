import { z } from 'zod';

/** Reads `process.env` once — the only place in the server that does. */
const zEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES_STAFF: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_IDLE_MINUTES_PARTICIPANT: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** How long a second factor (or, without one, the password) given on a sign-in re-confirms sensitive acts. */
  RECONFIRM_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  /**
   * Which proxies may set X-Forwarded-For: unset means none (the socket address is the client),
   * otherwise a comma-separated list of addresses/CIDRs as Fastify's `trustProxy` takes them.
   */
  TRUST_PROXY: z.string().optional(),
  /** A live session with no activity for this long ends by itself. */
  LIVE_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  WEB_DIST_DIR: z.string().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(10).max(400).default(30),
  /** How long a published year of reports is served before its counts are read again. */
  REPORTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Outgoing mail (password resets, invitations); unset = no mail, links are passed on by staff. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// address')
    .optional(),
  /** The sender, `Name <address@example.org>` or a bare address; required with SMTP_URL. */
  MAIL_FROM: z
    .string()
    .max(200)
    .regex(/^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address or Name <address>')
    .optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** Origin people use to reach the app; links and the CSRF check are built from it. */
  readonly publicUrl: string;
  readonly logLevel: z.infer<typeof zEnv>['LOG_LEVEL'];
  readonly session: {
    readonly idleMinutesStaff: number;
    readonly idleMinutesParticipant: number;
    readonly absoluteHours: number;
    readonly reconfirmSeconds: number;
  };
  readonly trustProxy: string[] | false;
  readonly liveSessionIdleMinutes: number;
  /** Folder of the built web app; unset = the default build folder beside the server. */
  readonly webDistDir: string | undefined;
  readonly dbPoolSize: number;
  /** How far V8 lets the heap grow past what is live before collecting (see server.ts). */
  readonly heapGrowingPercent: number;
  /** Reports: seconds a published year is served before its counts are read again (0: every time). */
  readonly reportsMaxAgeSeconds: number;
  /** Outgoing mail; undefined when SMTP_URL is not set (then nothing is ever mailed). */
  readonly mail: { readonly smtpUrl: string; readonly from: string } | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings from shells or compose files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = zEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // Half a mail configuration is a mistake worth stopping for, not a silent "no mail".
  if (Boolean(e.SMTP_URL) !== Boolean(e.MAIL_FROM)) {
    throw new ConfigError('Invalid configuration:\n  SMTP_URL and MAIL_FROM: set both or neither');
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://${displayHost(e.HOST)}:${e.PORT}`).replace(/\/+$/, '');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    session: Object.freeze({
      idleMinutesStaff: e.SESSION_IDLE_MINUTES_STAFF,
      idleMinutesParticipant: e.SESSION_IDLE_MINUTES_PARTICIPANT,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      reconfirmSeconds: e.RECONFIRM_SECONDS,
    }),
    trustProxy: e.TRUST_PROXY
      ? e.TRUST_PROXY.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : false,
    liveSessionIdleMinutes: e.LIVE_SESSION_IDLE_MINUTES,
    webDistDir: e.WEB_DIST_DIR,
    dbPoolSize: e.DB_POOL_SIZE,
    heapGrowingPercent: e.HEAP_GROWING_PERCENT,
    reportsMaxAgeSeconds: e.REPORTS_MAX_AGE_SECONDS,
    mail: e.SMTP_URL && e.MAIL_FROM ? Object.freeze({ smtpUrl: e.SMTP_URL, from: e.MAIL_FROM }) : undefined,
  });
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
}
