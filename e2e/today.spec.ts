// Today (the home page): the recommender's next tip for a new user's deal, answered with the
// keyboard, explained, snoozed; a tip back from a snooze arriving live; the answers counted on
// Policies, and a shadow policy promoted there. Settings' notification form rounds it off.
import type { Page } from '@playwright/test';
import {
  createDeal,
  currentTip,
  expect,
  graphqlAsUser,
  snoozeTipElsewhere,
  startWithNewWorkspace,
  test,
} from './support.ts';

async function openToday(page: Page) {
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
}

test('answers the tip about a new deal with the keyboard, and finds the answers on Policies', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'today');
  await createDeal(page, 'Globex renewal', '12000');
  await page.goto('/');
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('link', { name: 'Today', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  const tip = currentTip(page);
  const title = tip.getByRole('heading', { level: 2 });
  // With one deal and nothing done yet: a tip on the deal, or a piece of advice.
  await expect(tip).toContainText(/Globex renewal|Advice/);
  const first = (await title.textContent())!;

  await tip.getByRole('button', { name: 'Why this tip' }).click();
  const why = tip.getByRole('region', { name: 'Why this tip' });
  await expect(why).toContainText('Rules, the live policy, chose this tip with a probability of');
  await expect(why.getByRole('heading', { name: 'What weighed most' })).toBeVisible();
  await expect(
    why.getByRole('list', { name: 'Shadow policies' }).getByRole('listitem'),
  ).toHaveCount(3);

  await page.keyboard.press('d');
  await expect(tip.getByText(`Marked “${first}” done.`)).toBeVisible();
  await expect(title).not.toHaveText(first);
  await expect(tip.getByRole('button', { name: 'Snooze…' })).toBeVisible();
  const second = (await title.textContent())!;

  await page.keyboard.press('s');
  const snooze = page.getByRole('dialog', { name: 'Snooze this tip' });
  await snooze.getByRole('button', { name: /^In 1 hour/ }).click();
  await expect(snooze).toBeHidden();
  await expect(tip.getByText(`Snoozed “${second}” until`)).toBeVisible();
  await expect(title).not.toHaveText(second);

  await page.getByRole('link', { name: 'Policies', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Policies', level: 1 })).toBeVisible();
  await expect(page.getByTestId('answered-tips')).toHaveText('2');
  const chart = page.getByRole('list', { name: 'Policies' });
  await expect(chart.getByRole('listitem', { name: 'Rules' })).toContainText('Live');
  await expect(page.getByRole('figure')).toContainText('Doubly robust (DR)');

  await page.getByRole('button', { name: 'Promote LinUCB' }).click();
  const promote = page.getByRole('dialog', { name: 'Make LinUCB the live policy?' });
  await promote.getByLabel('Reason (optional)').fill('Trying the learner on our own tips');
  await promote.getByRole('button', { name: 'Promote LinUCB' }).click();
  await expect(promote).toBeHidden();
  await expect(chart.getByRole('listitem', { name: 'LinUCB' })).toContainText('Live');
  await expect(chart.getByRole('listitem', { name: 'Rules' })).not.toContainText('Live');
});

test('a tip back from its snooze arrives live on Today', async ({ page }) => {
  await startWithNewWorkspace(page, 'live');
  await createDeal(page, 'Initech upgrade', '5000');
  await openToday(page);
  const title = currentTip(page).getByRole('heading', { level: 2 });
  await expect(title).not.toHaveText('');
  const shown = (await title.textContent())!;

  // Elsewhere (another device, through the API) the same user snoozes it for two seconds.
  await snoozeTipElsewhere(page, shown);

  // When the snooze ends, the stream delivers it to the open page, which says so.
  await expect(currentTip(page).getByText(`New tip: “${shown}”.`)).toBeVisible({
    timeout: 30_000,
  });
  await expect(title).toHaveText(shown);
});

test('settings keep quiet hours only with both ends, and save them', async ({ page }) => {
  const email = await startWithNewWorkspace(page, 'quiet');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByTestId('settings-email')).toHaveText(email);
  await expect(page.getByLabel('Time zone')).not.toHaveValue('');

  await page.getByLabel('Quiet from').fill('22:00');
  await page.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(
    page.getByText('Give an end too, or clear the start for no quiet hours.'),
  ).toBeVisible();

  await page.getByLabel('Quiet until').fill('07:00');
  await page.getByText('Email notifications', { exact: true }).click();
  await page.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(page.getByText('Your notification settings are saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Quiet from')).toHaveValue('22:00');
  await expect(page.getByLabel('Quiet until')).toHaveValue('07:00');
  await expect(page.getByLabel('Email notifications')).not.toBeChecked();
  await expect(
    page
      .getByRole('table', { name: 'Recent deliveries' })
      .or(page.getByText('Nothing delivered yet')),
  ).toBeVisible();
});

test('ticks off an overdue task on Today, and it stays done', async ({ page }) => {
  await startWithNewWorkspace(page, 'tasks');
  const { me } = await graphqlAsUser<{ me: { workspaces: { id: string }[] } }>(
    page,
    '{ me { workspaces { id } } }',
  );
  // A task from yesterday, made through the API (tasks default to their creator).
  const { createActivity } = await graphqlAsUser<{ createActivity: { __typename: string } }>(
    page,
    `mutation($input: CreateActivityInput!) { createActivity(input: $input) { __typename } }`,
    {
      input: {
        workspaceId: me.workspaces[0]!.id,
        kind: 'TASK',
        title: 'Send Globex the revised quote',
        dueAt: new Date(Date.now() - 86_400_000).toISOString(),
      },
    },
  );
  expect(createActivity.__typename).toBe('CreateActivitySuccess');

  await openToday(page);
  const due = page.getByRole('list', { name: 'Activities due today or overdue' });
  const task = due.getByRole('listitem').filter({ hasText: 'Send Globex the revised quote' });
  await expect(task).toContainText('Overdue since');
  await task.getByText('Send Globex the revised quote').click();
  await expect(task.getByRole('checkbox')).toBeChecked();
  await expect(task).toContainText('Done');

  await page.reload();
  await expect(page.getByText('Nothing due today')).toBeVisible();
});
