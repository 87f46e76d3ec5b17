// Server configuration, parsed from the environment once. A missing or bad value stops start-up
// with a message naming the variable. Each variable's `meta` is its documentation: the README's
// configuration table and `.env.example` are generated from it (`npm run config:docs`).
import { z } from 'zod';

/** What the README and `.env.example` say about a variable. */
export interface VariableDoc {
  /** The default as a reader should see it ("unset: PGlite"). */
  shown: string;
  /** What the variable is for, one line. */
  meaning: string;
  /** A value for `.env.example` (written commented out: a copied file changes nothing). */
  example?: string;
  /** Set by the platform, not by the operator (Netlify's own variables). */
  platform?: boolean;
}

const doc = (d: VariableDoc) => d as unknown as Record<string, unknown>;

/** Netlify's deploy contexts that serve the public (`netlify dev` has CONTEXT=dev). */
const DEPLOYED_CONTEXTS = ['production', 'deploy-preview', 'branch-deploy'] as const;

const EnvSchema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(8888)
    .meta(doc({ shown: '`8888`', meaning: 'HTTP port', example: '8888' })),
  WAYMARK_DATA_DIR: z
    .string()
    .min(1)
    .default('.waymark')
    .meta(
      doc({
        shown: '`.waymark`',
        meaning: 'embedded database and generated local secrets',
        example: '.waymark',
      }),
    ),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .meta(
      doc({
        shown: 'unset: PGlite',
        meaning: 'a real Postgres (Supabase, or a local Postgres 15)',
        example: 'postgres://waymark:waymark@localhost:5432/waymark',
      }),
    ),
  DATABASE_LISTEN_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .meta(
      doc({
        shown: 'unset: `DATABASE_URL`',
        meaning:
          "a direct or session-mode connection for live updates, when `DATABASE_URL` is a transaction pooler (Supabase's port 6543), which carries no `LISTEN`",
        example: 'postgres://postgres:<password>@db.<project>.supabase.co:5432/postgres',
      }),
    ),
  SUPABASE_URL: z
    .url()
    .optional()
    .meta(
      doc({
        shown: 'unset: embedded auth',
        meaning: 'a real Supabase project (needs `SUPABASE_ANON_KEY`)',
        example: 'https://<project>.supabase.co',
      }),
    ),
  SUPABASE_ANON_KEY: z
    .string()
    .min(20)
    .optional()
    .meta(
      doc({ shown: 'unset', meaning: "the Supabase project's anon key", example: '<anon key>' }),
    ),
  SUPABASE_JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .meta(
      doc({
        shown: 'unset: JWKS',
        meaning: "the project's JWT secret, for HS256 projects",
        example: '<jwt secret, 32+ characters>',
      }),
    ),
  SUPABASE_SERVICE_ROLE_KEY: z
    .string()
    .min(20)
    .optional()
    .meta(
      doc({
        shown: 'unset',
        meaning:
          "the Supabase project's service-role key: attachments are then kept in its Storage (a private `attachments` bucket); server-side only",
        example: '<service role key>',
      }),
    ),
  WAYMARK_STORAGE: z
    .enum(['local', 'supabase'])
    .optional()
    .meta(
      doc({
        shown: '`supabase` with `SUPABASE_SERVICE_ROLE_KEY`, else `local`',
        meaning:
          'where attachments are kept: `local`, a folder in the data folder (served by signed `/files/` links); `supabase`, Supabase Storage',
        example: 'local',
      }),
    ),
  PUBLIC_URL: z
    .url()
    .optional()
    .meta(
      doc({
        shown: '`http://localhost:$PORT`',
        meaning: 'where people reach the server (issuer of embedded tokens)',
        example: 'http://localhost:8888',
      }),
    ),
  WAYMARK_SEED_DEMO: z
    .enum(['true', 'false'])
    .optional()
    .meta(
      doc({
        shown: '`true` with PGlite',
        meaning: 'seed the demo workspace at start',
        example: 'true',
      }),
    ),
  INNGEST_EVENT_KEY: z
    .string()
    .min(1)
    .optional()
    .meta(
      doc({
        shown: 'unset: embedded executor',
        meaning: 'Inngest (Cloud or self-hosted) runs the functions; the key to send events',
        example: '<event key>',
      }),
    ),
  INNGEST_SIGNING_KEY: z
    .string()
    .min(1)
    .optional()
    .meta(
      doc({
        shown: 'unset: embedded executor',
        meaning:
          "verifies Inngest's calls to `/api/inngest`; required when deployed, or it answers 401",
        example: 'signkey-prod-<hex>',
      }),
    ),
  INNGEST_BASE_URL: z
    .url()
    .optional()
    .meta(
      doc({
        shown: 'unset: Inngest Cloud',
        meaning: 'a self-hosted Inngest server',
        example: 'http://localhost:8288',
      }),
    ),
  INNGEST_DEV: z
    .string()
    .optional()
    .meta(
      doc({
        shown: 'unset',
        meaning: "the Inngest SDK's dev mode (no signature checks); refused when deployed",
        example: '1',
      }),
    ),
  WAYMARK_BACKOFF_FACTOR: z.coerce
    .number()
    .positive()
    .max(10)
    .default(1)
    .meta(
      doc({
        shown: '`1`',
        meaning: "scales the embedded executor's retry backoff (Inngest's 15 s … 2 h)",
        example: '1',
      }),
    ),
  WAYMARK_RUN_FUNCTIONS: z
    .enum(['true', 'false'])
    .default('true')
    .meta(
      doc({
        shown: '`true`',
        meaning:
          '`false`: this server runs no durable functions, `npm run worker` processes on the same `DATABASE_URL` do',
        example: 'true',
      }),
    ),
  WAYMARK_SLACK_API_URL: z
    .url()
    .default('https://slack.com/api/')
    .meta(
      doc({
        shown: '`https://slack.com/api/`',
        meaning:
          "Slack's Web API base, for every Slack connection (tests point it at a loopback peer)",
        example: 'https://slack.com/api/',
      }),
    ),
  WAYMARK_TELEGRAM_API_URL: z
    .url()
    .default('https://api.telegram.org')
    .meta(
      doc({
        shown: '`https://api.telegram.org`',
        meaning: "the Telegram Bot API's root, for every Telegram connection",
        example: 'https://api.telegram.org',
      }),
    ),
  WAYMARK_VAULT_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes in base64url (43 characters)')
    .optional()
    .meta(
      doc({
        shown: 'generated into the data folder',
        meaning:
          "the key connectors' credentials are encrypted with (AES-256-GCM); set it wherever the data folder is not kept",
      }),
    ),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL')
    .optional()
    .meta(
      doc({
        shown: 'unset: no email',
        meaning: '`smtp://user:pass@host:587` for notification emails',
        example: 'smtp://user:pass@localhost:587',
      }),
    ),
  SMTP_FROM: z
    .string()
    .min(1)
    .default('Waymark <no-reply@waymark.local>')
    .meta(
      doc({
        shown: '`Waymark <no-reply@…>`',
        meaning: 'the sender of notification emails',
        example: 'Waymark <no-reply@waymark.local>',
      }),
    ),
  NODE_ENV: z
    .string()
    .optional()
    .meta(
      doc({
        shown: 'unset: local',
        meaning: '`production` marks a deployed server (the Docker image sets it)',
        example: 'production',
      }),
    ),
  NETLIFY: z
    .string()
    .optional()
    .meta(
      doc({
        shown: 'set by Netlify',
        meaning: '`true` in Netlify builds: deployed, unless under `netlify dev`',
        platform: true,
      }),
    ),
  SITE_ID: z
    .string()
    .optional()
    .meta(
      doc({
        shown: 'set by Netlify',
        meaning:
          "the site's id, set in Netlify functions at run time: deployed, unless under `netlify dev`",
        platform: true,
      }),
    ),
  CONTEXT: z
    .string()
    .optional()
    .meta(
      doc({
        shown: 'set by Netlify',
        meaning: `Netlify's deploy context (builds only); ${DEPLOYED_CONTEXTS.map((c) => `\`${c}\``).join(', ')} are deployed`,
        platform: true,
      }),
    ),
  NETLIFY_DEV: z
    .string()
    .optional()
    .meta(
      doc({
        shown: 'set by `netlify dev`',
        meaning: '`true` under `netlify dev`: local, whatever the other Netlify variables say',
        platform: true,
      }),
    ),
});

export type Env = z.infer<typeof EnvSchema>;

/** Every variable the server reads, in the order the README lists them, with its documentation. */
export function configVariables(): { name: string; doc: VariableDoc }[] {
  return Object.entries(EnvSchema.shape).map(([name, schema]) => ({
    name,
    doc: schema.meta() as unknown as VariableDoc,
  }));
}

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Where live updates LISTEN; undefined listens over databaseUrl. */
  databaseListenUrl: string | undefined;
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
  /** The platform API bases every connector talks to: configuration, never user input. */
  connectorApis: { slackApiUrl: string; telegramApiUrl: string };
  /** The vault key from the environment; undefined generates one into the data folder. */
  vaultKey: string | undefined;
  /** Where attachments' bytes are kept (lib/storage/open-storage.ts opens it). */
  storage: { mode: 'local' } | { mode: 'supabase'; url: string; serviceRoleKey: string };
  /** Outgoing email for notifications; undefined when SMTP_URL is unset. */
  smtp: { url: string; from: string } | undefined;
  auth:
    | { mode: 'embedded' }
    | { mode: 'supabase'; url: string; anonKey: string; jwtSecret: string | undefined };
  /**
   * Whether this process serves the public: `NODE_ENV=production` (the Docker image), or Netlify
   * outside `netlify dev`. Netlify's functions see only `URL`, `SITE_NAME` and `SITE_ID` of its
   * own variables at run time (`NETLIFY` and `CONTEXT` exist in builds only), so `SITE_ID` is
   * what marks a deployed function. Deployed, nothing may run unverified: `/api/inngest` refuses
   * to serve without a signing key.
   */
  deployment: { deployed: boolean; why: string };
  /** How `/api/inngest` can verify that Inngest is calling. */
  inngestServe: { signingKey: string | undefined; devMode: boolean };
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
  const storageMode =
    e.WAYMARK_STORAGE ?? (e.SUPABASE_URL && e.SUPABASE_SERVICE_ROLE_KEY ? 'supabase' : 'local');
  if (storageMode === 'supabase' && !(e.SUPABASE_URL && e.SUPABASE_SERVICE_ROLE_KEY)) {
    throw new ConfigError(
      'Invalid configuration:\n  WAYMARK_STORAGE: supabase needs SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY',
    );
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    dataDir: e.WAYMARK_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databaseListenUrl: e.DATABASE_LISTEN_URL,
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
    connectorApis: {
      slackApiUrl: e.WAYMARK_SLACK_API_URL,
      telegramApiUrl: e.WAYMARK_TELEGRAM_API_URL.replace(/\/$/, ''),
    },
    vaultKey: e.WAYMARK_VAULT_KEY,
    storage:
      storageMode === 'supabase'
        ? {
            mode: 'supabase',
            url: e.SUPABASE_URL!.replace(/\/$/, ''),
            serviceRoleKey: e.SUPABASE_SERVICE_ROLE_KEY!,
          }
        : { mode: 'local' },
    auth: e.SUPABASE_URL
      ? {
          mode: 'supabase',
          url: e.SUPABASE_URL.replace(/\/$/, ''),
          anonKey: e.SUPABASE_ANON_KEY!,
          jwtSecret: e.SUPABASE_JWT_SECRET,
        }
      : { mode: 'embedded' },
    deployment: deployment(e),
    inngestServe: {
      signingKey: e.INNGEST_SIGNING_KEY,
      // The Inngest client (inngest/client.ts) is in dev mode without Inngest's variables, and
      // the SDK also turns dev mode on for INNGEST_DEV unless it reads as false.
      devMode: !usesInngestServer(env) || isTruthyDevFlag(e.INNGEST_DEV),
    },
  };
}

function deployment(e: Env): Config['deployment'] {
  if (e.NODE_ENV === 'production') return { deployed: true, why: 'NODE_ENV=production' };
  if (e.NETLIFY_DEV === 'true' || e.CONTEXT === 'dev')
    return { deployed: false, why: 'netlify dev' };
  if (e.CONTEXT && (DEPLOYED_CONTEXTS as readonly string[]).includes(e.CONTEXT)) {
    return { deployed: true, why: `CONTEXT=${e.CONTEXT}` };
  }
  if (e.SITE_ID) return { deployed: true, why: 'a Netlify function (SITE_ID is set)' };
  if (e.NETLIFY === 'true') return { deployed: true, why: 'NETLIFY=true' };
  return { deployed: false, why: 'local' };
}

/** The SDK reads INNGEST_DEV as dev mode when it is truthy or a URL (the dev server's). */
function isTruthyDevFlag(value: string | undefined): boolean {
  if (value === undefined) return false;
  return !['0', 'false', 'no', 'off', ''].includes(value.trim().toLowerCase());
}

/** Inngest keys or a base URL mean an Inngest server runs the functions, not the embedded executor. */
export function usesInngestServer(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.INNGEST_SIGNING_KEY || env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL);
}
