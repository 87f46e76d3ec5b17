// One `vitest run` runs the unit tests, then every integration test (*.int.test.ts) twice:
// on embedded PGlite and on a throwaway Postgres 15 cluster that test/postgres/global-setup.ts starts.
// The web project runs the SPA's component tests in happy-dom. With TEST_SUPABASE_HOSTED=1 a
// supabase-hosted project runs them against a cluster shaped like a hosted Supabase project
// instead, migrated by `supabase db push` (test/supabase-hosted/global-setup.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './test/postgres/bin.ts';

const postgresLeg = Boolean(process.env.TEST_DATABASE_URL) || findPostgresBin() !== undefined;
if (!postgresLeg) {
  const banner = '!'.repeat(78);
  console.warn(
    `\n${banner}\n! SKIPPING THE POSTGRES LEG: no Postgres binaries (apt-get install postgresql)\n` +
      `! and no TEST_DATABASE_URL. Integration tests ran on PGlite only.\n${banner}\n`,
  );
  if (process.env.CI) throw new Error('CI must run the Postgres leg: install postgresql');
}

const integration = '**/*.int.test.ts';
const hostedOnly = '**/*.hosted.test.ts';
const ignored = ['node_modules/**', 'frontend/**', 'e2e/**'];
const supabaseHostedLeg = process.env.TEST_SUPABASE_HOSTED === '1';
// On a Supabase project GoTrue owns auth.* and grants service_role nothing there: the embedded
// auth server and `npm run seed` (which signs the demo user up through it) do not run on one, so
// their tests run on the other legs only. supabase/seed.sql is Supabase's demo seed instead.
const embeddedAuthTests = [
  'lib/auth/local-auth-server.int.test.ts',
  'lib/server/app.int.test.ts',
  'lib/seed/demo-tips.int.test.ts',
  // The connectors' endpoint tests build the whole app, embedded auth included.
  'lib/integrations/email/email-inbox.int.test.ts',
  'lib/integrations/slack/slack-webhook.int.test.ts',
  'lib/integrations/telegram/telegram.int.test.ts',
  'lib/integrations/webhooks/webhooks.int.test.ts',
  'lib/conversations/attachments/store-attachments.int.test.ts',
  'lib/conversations/attachments/store-email-attachments.int.test.ts',
];

export default defineConfig({
  test: {
    // graphql 16 ships CJS and .mjs without an exports map; one copy for everyone.
    alias: { graphql: 'graphql/index.js' },
    testTimeout: 30_000,
    // The composition root's wiring, as every entry point does it (lib/server/modules.ts).
    setupFiles: ['test/setup/register-modules.ts'],
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...ignored, integration, hostedOnly],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: [integration],
          exclude: ignored,
          env: { WAYMARK_TEST_DB: 'pglite' },
        },
      },
      ...(postgresLeg
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: [integration],
                exclude: ignored,
                env: { WAYMARK_TEST_DB: 'postgres' },
                globalSetup: ['test/postgres/global-setup.ts'],
              },
            },
          ]
        : []),
      ...(supabaseHostedLeg
        ? [
            {
              extends: true as const,
              test: {
                name: 'supabase-hosted',
                include: [integration, hostedOnly],
                exclude: [...ignored, ...embeddedAuthTests],
                env: { WAYMARK_TEST_DB: 'postgres', WAYMARK_TEST_SUPABASE_HOSTED: '1' },
                globalSetup: ['test/supabase-hosted/global-setup.ts'],
              },
            },
          ]
        : []),
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'web',
          include: ['frontend/**/*.test.{ts,tsx}'],
          exclude: ['node_modules/**', 'frontend/dist/**'],
          environment: 'happy-dom',
          setupFiles: ['frontend/src/testing/setup.ts'],
        },
      },
    ],
  },
});
