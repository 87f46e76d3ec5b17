// Automation runs: assigning a deal to someone starts "Review your new deal" (on crm/deal.assigned),
// which creates them a review task in one step. The Runs page finds that run and its step.
import { createDeal, expect, startWithNewWorkspace, test } from './support.ts';

test('finds the run a deal assignment triggered, with its step, and hears why a completed run is not replayed', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'runs');
  // "New deal" assigns the deal to its creator unless they pick someone else.
  await createDeal(page, 'Globex renewal', '12000');
  await page.getByRole('link', { name: 'Globex renewal' }).click();
  await expect(page.getByLabel('Assignee')).toHaveValue(/.+/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' }).click();
  await expect(page.getByRole('heading', { name: 'Runs', level: 1 })).toBeVisible();
  const runs = page.getByRole('list', { name: 'Runs' });
  const review = runs.getByRole('listitem').filter({ hasText: 'Review your new deal' });
  // The run starts once the executor picks the event up: ask again until it is listed.
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(review).toBeVisible({ timeout: 2000 });
  }).toPass();
  await expect(review).toContainText('Completed');
  await expect(review).toContainText('Triggered by crm/deal.assigned');

  // The status filter: no run failed; the completed one is among the completed.
  const filter = page.getByRole('group', { name: 'Filter by status' });
  await filter.getByRole('button', { name: 'Failed' }).click();
  await expect(page.getByText('No runs with these statuses')).toBeVisible();
  await expect(page).toHaveURL(/status=failed/);
  await filter.getByRole('button', { name: 'Failed' }).click();
  await filter.getByRole('button', { name: 'Completed' }).click();
  await expect(review).toBeVisible();
  await expect(filter.getByRole('button', { name: 'Completed' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await review.getByRole('link', { name: 'Review your new deal' }).click();
  await expect(page.getByRole('heading', { name: 'Review your new deal', level: 1 })).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('Completed');
  const timeline = page.getByRole('list', { name: 'Run timeline' });
  const step = timeline.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'create-review-task' }),
  });
  await expect(step).toContainText('Completed');
  await expect(step).toContainText('"created": true');
  await expect(
    timeline.getByRole('heading', { name: 'Triggered by crm/deal.assigned' }),
  ).toBeVisible();

  // The API replays failed runs only: a completed run offers no replay, and says why.
  await expect(page.getByRole('button', { name: 'Replay run' })).toHaveCount(0);
  await expect(
    page.getByText('Only failed runs can be replayed; this one completed.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel run' })).toHaveCount(0);
});

test('on a phone, a run reads top to bottom', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startWithNewWorkspace(page, 'runs-phone');
  await createDeal(page, 'Initech pilot', '800');

  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('dialog').getByRole('link', { name: 'Runs' }).click();
  const review = page
    .getByRole('list', { name: 'Runs' })
    .getByRole('listitem')
    .filter({ hasText: 'Review your new deal' });
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(review).toContainText('Completed', { timeout: 2000 });
  }).toPass();
  await review.getByRole('link', { name: 'Review your new deal' }).click();
  await expect(page.getByRole('heading', { name: 'create-review-task' })).toBeVisible();
  // Nothing overflows the screen sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
