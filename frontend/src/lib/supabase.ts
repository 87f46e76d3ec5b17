// The Supabase client the SPA signs in with: the embedded auth server of `npm start` or a real
// Supabase project, whichever /api/config (or the build's env) names.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { AppConfig } from '../config/env.ts';

export function createSupabase(config: AppConfig): SupabaseClient {
  return createClient(config.supabaseUrl, config.supabaseAnonKey, {
    auth: { persistSession: true, autoRefreshToken: true, storageKey: 'waymark-auth' },
  });
}
