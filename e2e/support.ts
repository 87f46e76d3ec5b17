// What the browser tests share: a `test` that saves a screenshot of each test's final page under
// e2e/artifacts/ and fails a test whose page logged an error, and the steps most tests start with.
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ finalScreenshot: void; noPageErrors: void }>({
  finalScreenshot: [
    async ({ page }, use, testInfo) => {
      await use();
      const name = testInfo.titlePath
        .slice(1)
        .join(' ')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      await page.screenshot({
        path: join(import.meta.dirname, 'artifacts', `${name}.png`),
        fullPage: true,
      });
    },
    { auto: true },
  ],
  noPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // Refused requests (a wrong password, say) are logged by the browser itself.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      await use();
      expect(errors, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const PASSWORD = 'correct horse battery';

/** An email no earlier test (or run against the same data folder) has used. */
export function uniqueEmail(who: string): string {
  return `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

export async function signUp(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your first workspace' })).toBeVisible();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function createFirstWorkspace(page: Page, name: string) {
  await page.getByLabel('Workspace name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/pipeline$/);
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
  await expect(column(page, 'Qualification')).toBeVisible();
}

/** A new user with a new workspace, on its pipeline. */
export async function startWithNewWorkspace(page: Page, who: string) {
  const email = uniqueEmail(who);
  await signUp(page, email);
  await createFirstWorkspace(page, `${who} workspace`);
  return email;
}

export async function createDeal(page: Page, name: string, amount: string) {
  await page.getByRole('button', { name: 'New deal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New deal' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Amount').fill(amount);
  await dialog.getByRole('button', { name: 'Create deal' }).click();
  await expect(dialog).toBeHidden();
}

export function column(page: Page, step: string) {
  return page.getByRole('region', { name: step, exact: true });
}

export function card(page: Page, step: string, deal: string) {
  return column(page, step).getByRole('listitem', { name: deal, exact: true });
}

export function currentTip(page: Page) {
  return page.getByRole('region', { name: 'Your next tip' });
}

/**
 * A GraphQL request as the user signed in on the page (with the token supabase-js keeps), to
 * the page's server or, with `server`, to another one.
 */
export async function graphqlAsUser<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
  server = '',
) {
  const token = await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('waymark-auth') ?? '{}') as {
      access_token?: string;
    };
    return stored.access_token ?? '';
  });
  const response = await page.request.post(`${server}/graphql`, {
    headers: { authorization: `Bearer ${token}` },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { data: T }).data;
}

/**
 * Elsewhere (another device, or another server with `server`) the same user snoozes the tip the
 * page shows, titled `shown`, for two seconds: it comes back when the snooze ends.
 */
export async function snoozeTipElsewhere(page: Page, shown: string, server = '') {
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAsUser<T>(page, query, variables, server);
  const { me } = await call<{ me: { workspaces: { id: string }[] } }>(
    '{ me { workspaces { id } } }',
  );
  const { nextTip } = await call<{ nextTip: { id: string; title: string } }>(
    'query($ws: ID!) { nextTip(workspaceId: $ws) { id title } }',
    { ws: me.workspaces[0]!.id },
  );
  expect(nextTip.title).toBe(shown);
  const { giveTipFeedback } = await call<{ giveTipFeedback: { __typename: string } }>(
    'mutation($input: GiveTipFeedbackInput!) { giveTipFeedback(input: $input) { __typename } }',
    {
      input: {
        tipId: nextTip.id,
        reaction: 'SNOOZE',
        snoozeUntil: new Date(Date.now() + 2_000).toISOString(),
      },
    },
  );
  expect(giveTipFeedback.__typename).toBe('GiveTipFeedbackSuccess');
}
