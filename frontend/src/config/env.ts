// The SPA's configuration, parsed with zod once. Build-time values come from Vite's env
// (VITE_*); the auth URL and anon key come from the server's /api/config unless the build sets
// them, so one build works against the embedded auth server and a real Supabase project alike.
import { z } from 'zod';

const BuildEnvSchema = z.object({
  /** Where the API lives; empty means the origin that served the SPA. */
  VITE_API_URL: z
    .union([z.literal(''), z.url({ error: 'must be an absolute URL' })])
    .default('')
    .transform((url) => url.replace(/\/$/, '')),
  VITE_SUPABASE_URL: z.url({ error: 'must be an absolute URL' }).optional(),
  VITE_SUPABASE_ANON_KEY: z.string().min(20, 'must be the project anon key').optional(),
});

const RuntimeConfigSchema = z.object({
  supabaseUrl: z.url(),
  supabaseAnonKey: z.string().min(1),
});

export interface AppConfig {
  /** Base of /graphql and /api/config; empty for the SPA's own origin. */
  apiUrl: string;
  supabaseUrl: string;
  supabaseAnonKey: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseBuildEnv(env: Record<string, unknown>) {
  const parsed = BuildEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid build configuration: ${lines.join('; ')}`);
  }
  return parsed.data;
}

/** The build's env plus, unless the build names a Supabase project, the server's /api/config. */
export async function loadConfig(
  env: Record<string, unknown> = import.meta.env,
  fetchImpl: typeof fetch = fetch,
): Promise<AppConfig> {
  const build = parseBuildEnv(env);
  if (build.VITE_SUPABASE_URL && build.VITE_SUPABASE_ANON_KEY) {
    return {
      apiUrl: build.VITE_API_URL,
      supabaseUrl: build.VITE_SUPABASE_URL,
      supabaseAnonKey: build.VITE_SUPABASE_ANON_KEY,
    };
  }
  const where = `${build.VITE_API_URL}/api/config`;
  let body: unknown;
  try {
    const response = await fetchImpl(where);
    if (!response.ok) throw new Error(`it answered ${response.status}`);
    body = await response.json();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Could not load the server's configuration from ${where}: ${why}`);
  }
  const runtime = RuntimeConfigSchema.safeParse(body);
  if (!runtime.success) {
    throw new ConfigError(`The server's ${where} did not name an auth URL and anon key`);
  }
  return { apiUrl: build.VITE_API_URL, ...runtime.data };
}
