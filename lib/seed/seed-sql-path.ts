// Where `npm run seed:sql` writes the seed that `supabase start` and `supabase db reset` run.
import { fileURLToPath } from 'node:url';

export const SEED_SQL_PATH = fileURLToPath(new URL('../../supabase/seed.sql', import.meta.url));
