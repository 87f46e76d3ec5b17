// Records: leads, deals, people and organizations with their notes, tasks and timelines, and the
// Activities page. A new workspace's lead workflow is New → Contacted → Qualified → Converted
// (or Disqualified); a lead converts from Qualified only.
import type { Page } from '@playwright/test';
import { expect, startWithNewWorkspace, test } from './support.ts';

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** A day as a date input takes it, `days` from today in the browser's (and this process's) zone. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function createLead(page: Page, name: string, company: string) {
  await nav(page, 'Leads').click();
  await expect(page.getByRole('heading', { name: 'Leads', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await dialog.getByLabel('Email').fill(`${name.split(' ')[0]!.toLowerCase()}@example.com`);
  await dialog.getByLabel('Company').fill(company);
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog).toBeHidden();
}

test('a new user creates a lead, adds a note and a task, converts it into a deal, and completes the task', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'records');

  // An empty list says what to do next.
  await nav(page, 'Leads').click();
  await expect(page.getByText('No leads yet')).toBeVisible();
  await createLead(page, 'Jane Doe', 'Globex');

  // Open it from the list.
  await page.getByRole('list', { name: 'Leads' }).getByRole('link', { name: 'Jane Doe' }).click();
  await expect(page.getByRole('heading', { name: 'Jane Doe', level: 1 })).toBeVisible();
  await expect(page.getByTestId('current-stage')).toHaveText('New');
  const timeline = page.getByRole('list', { name: 'Timeline entries' });
  await expect(timeline).toContainText('Started in New');

  // A note goes to the top of the timeline.
  await page
    .getByRole('textbox', { name: 'Note' })
    .fill('Met at the trade fair; wants a demo next week.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(timeline.getByRole('listitem').first()).toContainText(
    'Met at the trade fair; wants a demo next week.',
  );
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('');

  // A task with a due date.
  await page.getByRole('button', { name: 'Add task' }).click();
  const taskForm = page.getByRole('form', { name: 'New task' });
  await taskForm.getByLabel('Task').fill('Send the demo invite');
  await taskForm.getByLabel('Due date').fill(dayFromToday(1));
  await taskForm.getByRole('button', { name: 'Add task' }).click();
  const tasks = page.getByRole('list', { name: 'Tasks' });
  await expect(tasks.getByRole('checkbox', { name: 'Send the demo invite' })).not.toBeChecked();
  await expect(tasks).toContainText('Due tomorrow');
  await expect(timeline).toContainText('Task “Send the demo invite” added by you');

  // The workflow converts leads from Qualified only: the dialog says so before anything is tried.
  await page.getByRole('button', { name: 'Convert lead' }).click();
  let convert = page.getByRole('dialog', { name: 'Convert lead' });
  await expect(convert.getByRole('alert')).toContainText(
    'The workflow does not allow moving this lead from New to Converted.',
  );
  await expect(convert.getByRole('button', { name: 'Convert', exact: true })).toBeDisabled();
  await convert.getByRole('button', { name: 'Cancel' }).click();
  await expect(convert).toBeHidden();

  // Qualify it, a step at a time.
  await page.getByRole('button', { name: 'Move to Contacted' }).click();
  await expect(page.getByTestId('current-stage')).toHaveText('Contacted');
  await page.getByRole('button', { name: 'Move to Qualified' }).click();
  await expect(page.getByTestId('current-stage')).toHaveText('Qualified');
  await expect(timeline).toContainText('Moved from Contacted to Qualified by you');

  // Convert it: a deal name and an amount; the deal opens, saying where it came from.
  await page.getByRole('button', { name: 'Convert lead' }).click();
  convert = page.getByRole('dialog', { name: 'Convert lead' });
  await expect(convert.getByLabel('Deal name')).toHaveValue('Globex');
  await convert.getByLabel('Deal name').fill('Globex demo');
  await convert.getByLabel('Amount').fill('15000');
  await convert.getByRole('button', { name: 'Convert', exact: true }).click();

  await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Globex demo', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Converted from the lead Jane Doe' }),
  ).toContainText('its contact Jane Doe and the organization Globex were made from the lead');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('$15,000');
  await expect(details.getByRole('link', { name: 'Globex', exact: true })).toBeVisible();
  await expect(details.getByRole('link', { name: 'Jane Doe' })).toBeVisible();
  await expect(page.getByTestId('current-stage')).toHaveText('Qualification');

  // The lead now says what it became, and links to the deal.
  await page.getByRole('link', { name: 'the lead' }).click();
  await expect(page.getByRole('heading', { name: 'Jane Doe', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Converted on /)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Globex demo' })).toHaveAttribute(
    'href',
    /\/deals\//,
  );
  await expect(page.getByRole('button', { name: 'Convert lead' })).toHaveCount(0);

  // Complete the task from the Activities page: it shows done at once, and stays done.
  await nav(page, 'Activities').click();
  await expect(page.getByRole('heading', { name: 'Activities', level: 1 })).toBeVisible();
  const open = page.getByRole('list', { name: 'Open tasks' });
  const task = open.getByRole('checkbox', { name: 'Send the demo invite' });
  await expect(open).toContainText('Due tomorrow');
  await expect(
    open.getByRole('link', { name: 'Open the lead of “Send the demo invite”' }),
  ).toBeVisible();
  await open.getByText('Send the demo invite', { exact: true }).click();
  await expect(task).toBeChecked();
  await expect(page.getByText('All done.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('Nothing to do')).toBeVisible();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(
    page
      .getByRole('list', { name: 'Done tasks' })
      .getByRole('checkbox', { name: 'Send the demo invite' }),
  ).toBeChecked();
});

test('organizations and people: created from their lists, found by search, and linked to each other', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'contacts');

  await nav(page, 'Organizations').click();
  await expect(page.getByText('No organizations yet')).toBeVisible();
  await page.getByRole('button', { name: 'New organization' }).click();
  let dialog = page.getByRole('dialog', { name: 'New organization' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Initech');
  await dialog.getByLabel('Links').fill('not a link');
  await dialog.getByRole('button', { name: 'Create organization' }).click();
  // The API's field error shows next to the field it names.
  await expect(dialog.getByText(/^Line 1: /)).toBeVisible();
  await dialog.getByLabel('Links').fill('https://initech.example');
  await dialog.getByRole('button', { name: 'Create organization' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Organizations' })).toContainText('Initech');

  await nav(page, 'People').click();
  await expect(page.getByText('No people yet')).toBeVisible();
  for (const [name, email] of [
    ['Peter Gibbons', 'peter@initech.example'],
    ['Milton Waddams', 'milton@initech.example'],
  ] as const) {
    await page.getByRole('button', { name: 'New person' }).click();
    dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await dialog.getByLabel('Organization').selectOption({ label: 'Initech' });
    await dialog.getByLabel('Emails').fill(email);
    await dialog.getByRole('button', { name: 'Create person' }).click();
    await expect(dialog).toBeHidden();
  }
  const people = page.getByRole('list', { name: 'People' });
  await expect(people.getByRole('link')).toHaveCount(2);

  await page.getByRole('searchbox', { name: 'Search people' }).fill('milton');
  await expect(people.getByRole('link')).toHaveCount(1);
  await expect(people).toContainText('Milton Waddams');
  await page.getByRole('searchbox', { name: 'Search people' }).fill('lumbergh');
  await expect(page.getByText('Nothing matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search people' }).fill('');

  await people.getByRole('link', { name: 'Peter Gibbons' }).click();
  await expect(page.getByRole('heading', { name: 'Peter Gibbons', level: 1 })).toBeVisible();
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('link', { name: 'Initech', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Initech', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People at Initech' })).toContainText(
    'Peter Gibbons',
  );
  await expect(page.getByRole('list', { name: 'People at Initech' })).toContainText(
    'Milton Waddams',
  );
});

test('a lead’s page fits a phone, its sections one under another', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startWithNewWorkspace(page, 'phone');
  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('dialog').getByRole('link', { name: 'Leads', exact: true }).click();
  await page.getByRole('button', { name: 'New lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog
    .getByRole('textbox', { name: 'Name', exact: true })
    .fill('Bill Lumbergh with a rather long name');
  await dialog.getByLabel('Company').fill('Initech Corporation International');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Bill Lumbergh with a rather long name' }).click();
  await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();

  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    return main.scrollWidth - main.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  const [details, tasks, timeline] = await Promise.all(
    ['Details', 'Tasks', 'Timeline'].map((name) =>
      page.getByRole('region', { name }).boundingBox(),
    ),
  );
  expect(details!.y).toBeLessThan(tasks!.y);
  expect(tasks!.y).toBeLessThan(timeline!.y);
});

/** Asks the API as the signed-in user (custom field definitions have no page of their own here). */
async function asUser(page: Page, query: string, variables: Record<string, unknown> = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const session = JSON.parse(localStorage.getItem('waymark-auth') ?? '{}') as {
        access_token?: string;
      };
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${session.access_token}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown };
    },
    { query, variables },
  );
}

test('a lead’s custom fields: filled in by type, with the API’s errors next to the field they name', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'custom');
  const { data } = await asUser(page, 'query { me { workspaces { id } } }');
  const workspaceId = data.me.workspaces[0].id as string;
  for (const field of [
    { key: 'budget', label: 'Budget', type: 'NUMBER' },
    { key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], required: true },
    { key: 'website', label: 'Website', type: 'URL' },
    { key: 'vip', label: 'VIP', type: 'BOOLEAN' },
  ]) {
    const answer = await asUser(
      page,
      `mutation ($input: CreateCustomFieldDefinitionInput!) {
        createCustomFieldDefinition(input: $input) { __typename }
      }`,
      { input: { workspaceId, entityType: 'LEAD', ...field } },
    );
    expect(answer.data.createCustomFieldDefinition.__typename).toBe(
      'CreateCustomFieldDefinitionSuccess',
    );
  }

  // The new lead form has the custom fields; a required one left empty is refused next to it.
  await nav(page, 'Leads').click();
  await page.getByRole('button', { name: 'New lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'New lead' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Scully');
  await dialog.getByLabel('Budget').fill('lots');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog.getByText('Enter Budget as a number, like 42 or 3.5.')).toBeVisible();
  await dialog.getByLabel('Budget').fill('12,500');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog.getByText('Tier is required.')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Tier' })).toBeFocused();
  await dialog.getByRole('combobox', { name: 'Tier' }).selectOption('Gold');
  await dialog.getByText('VIP').click();
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Dana Scully' }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Budget12,500');
  await expect(details).toContainText('TierGold');
  await expect(details).toContainText('VIPYes');
  await expect(details).toContainText('WebsiteNot set');

  // Edited in place: the API's answer about the URL shows under the Website field.
  await page.getByRole('button', { name: 'Edit lead details' }).click();
  const form = page.getByRole('region', { name: 'Edit details' });
  await form.getByLabel('Website').fill('fbi.example');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Website must be an http(s) URL.')).toBeVisible();
  await expect(form.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Website').fill('https://fbi.example');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('link', { name: 'https://fbi.example' })).toBeVisible();
  await expect(details).toContainText('Budget12,500');
});
