// Server configuration, parsed from the environment once. A missing or bad value stops start-up
// with a message naming the variable.
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8888),
  /** Where the embedded database and the generated local secrets live. */
  WAYMARK_DATA_DIR: z.string().min(1).default('.waymark'),
  /** A real Postgres (Supabase, or a local Postgres 15). Unset: embedded PGlite in the data folder. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** A real Supabase project. Unset: the server answers the Supabase Auth API itself. */
  SUPABASE_URL: z.url().optional(),
  SUPABASE_ANON_KEY: z.string().min(20).optional(),
  /** HS256 projects; without it, tokens are verified against the project's JWKS. */
  SUPABASE_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The address people reach this server at (used as the embedded auth issuer). */
  PUBLIC_URL: z.url().optional(),
  /** Seed the demo workspace at start (default on for the embedded database). */
  WAYMARK_SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Inngest Cloud or a self-hosted Inngest server; without them the embedded executor runs. */
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_BASE_URL: z.url().optional(),
  /**
   * 'false': this server runs no durable functions itself; `npm run worker` processes on the same
   * DATABASE_URL do. For web processes that should only answer requests.
   */
  WAYMARK_RUN_FUNCTIONS: z.enum(['true', 'false']).default('true'),
  /** Scales the embedded executor's retry backoff (Inngest's 15 s … 2 h table); 1 by default. */
  WAYMARK_BACKOFF_FACTOR: z.coerce.number().positive().max(10).default(1),
  /** Where notification emails go, e.g. smtp://user:pass@host:587. Unset: no emails are sent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_FROM: z.string().min(1).default('Waymark <no-reply@waymark.local>'),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  seedDemo: boolean;
  automation:
    | {
        mode: 'embedded';
        backoffFactor: number;
        /** Whether the server process runs functions too, or leaves them to workers. */
        runInServer: boolean;
      }
    | { mode: 'inngest'; eventKey?: string; signingKey?: string; baseUrl?: string };
  /** Outgoing email for notifications; undefined when SMTP_URL is unset. */
  smtp: { url: string; from: string } | undefined;
  auth:
    | { mode: 'embedded' }
    | { mode: 'supabase'; url: string; anonKey: string; jwtSecret: string | undefined };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SUPABASE_URL && !e.SUPABASE_ANON_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  SUPABASE_ANON_KEY: required when SUPABASE_URL is set',
    );
  }
  if (e.WAYMARK_RUN_FUNCTIONS === 'false' && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  WAYMARK_RUN_FUNCTIONS: false needs DATABASE_URL, where workers can run them',
    );
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    dataDir: e.WAYMARK_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    seedDemo: e.WAYMARK_SEED_DEMO ? e.WAYMARK_SEED_DEMO === 'true' : !e.DATABASE_URL,
    automation: usesInngestServer(env)
      ? {
          mode: 'inngest',
          eventKey: e.INNGEST_EVENT_KEY,
          signingKey: e.INNGEST_SIGNING_KEY,
          baseUrl: e.INNGEST_BASE_URL,
        }
      : {
          mode: 'embedded',
          backoffFactor: e.WAYMARK_BACKOFF_FACTOR,
          runInServer: e.WAYMARK_RUN_FUNCTIONS === 'true',
        },
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined,
    auth: e.SUPABASE_URL
      ? {
          mode: 'supabase',
          url: e.SUPABASE_URL.replace(/\/$/, ''),
          anonKey: e.SUPABASE_ANON_KEY!,
          jwtSecret: e.SUPABASE_JWT_SECRET,
        }
      : { mode: 'embedded' },
  };
}

/** Inngest keys or a base URL mean an Inngest server runs the functions, not the embedded executor. */
export function usesInngestServer(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.INNGEST_SIGNING_KEY || env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL);
}
