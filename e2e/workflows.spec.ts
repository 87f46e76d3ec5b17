// Workflows: a new workspace's "Sales pipeline" is at version 1. An owner edits it as a draft
// (version 2) and publishes it, and version 2 becomes the active one.
import type { Page } from '@playwright/test';
import { expect, startWithNewWorkspace, test } from './support.ts';

async function openSalesPipeline(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Workflows' })
    .click();
  await expect(page.getByRole('heading', { name: 'Workflows', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Sales pipeline' }).click();
  await expect(page.getByRole('heading', { name: 'Sales pipeline', level: 1 })).toBeVisible();
}

function step(page: Page, name: string) {
  return page.getByRole('list', { name: 'Steps' }).getByRole('listitem', { name, exact: true });
}

test('edits the deal workflow in a draft, changes a step’s expected dwell, publishes, and sees version 2 active', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'workflows');
  await openSalesPipeline(page);
  await expect(page.getByTestId('version-summary')).toContainText('Version 1 · active');
  await expect(step(page, 'Proposal')).toContainText('Expected dwell 10 days');
  await expect(
    page.getByRole('listitem', { name: 'Discovery → Proposal', exact: true }),
  ).toContainText('The deal needs an amount.');

  await page.getByRole('button', { name: 'Edit as a draft' }).click();
  await expect(page.getByRole('tab', { name: 'Draft · version 2' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page).toHaveURL(/view=draft/);

  await step(page, 'Proposal').getByRole('button', { name: 'Edit step Proposal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit step Proposal' });
  await dialog.getByLabel('Expected dwell (days)').fill('0');
  await dialog.getByRole('button', { name: 'Save step' }).click();
  await expect(
    dialog.getByText('Enter the days as a number above 0, like 7, or leave it empty for none.'),
  ).toBeVisible();
  await dialog.getByLabel('Expected dwell (days)').fill('12');
  await dialog.getByRole('button', { name: 'Save step' }).click();
  await expect(dialog).toBeHidden();
  await expect(step(page, 'Proposal')).toContainText('Expected dwell 12 days');

  const checks = page.getByRole('list', { name: 'Publish checks' });
  await expect(checks).not.toContainText('not yet');
  await page.getByRole('button', { name: 'Publish version 2' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Publish version 2?' });
  await expect(confirm).toContainText('version 1 is archived');
  await confirm.getByRole('button', { name: 'Publish' }).click();

  await expect(page.getByText('Version 2 is now active')).toBeVisible();
  await expect(page.getByTestId('version-summary')).toContainText('Version 2 · active');
  await expect(step(page, 'Proposal')).toContainText('Expected dwell 12 days');
  await expect(page.getByRole('button', { name: 'Edit as a draft' })).toBeVisible();
  const versions = page.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem').filter({ hasText: 'Version 2' })).toContainText(
    'Active',
  );
  await expect(versions.getByRole('listitem').filter({ hasText: 'Version 1' })).toContainText(
    'Archived',
  );

  await page.reload();
  await expect(page.getByTestId('version-summary')).toContainText('Version 2 · active');
});

test('a removed transition fails a publish check until it is added back; an automation task shows once published', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'transitions');
  await openSalesPipeline(page);
  await page.getByRole('button', { name: 'Edit as a draft' }).click();

  await page.getByRole('button', { name: 'Remove transition Initial contact → Discovery' }).click();
  await expect(
    page.getByRole('listitem', { name: 'Initial contact → Discovery', exact: true }),
  ).toHaveCount(0);
  const checks = page.getByRole('list', { name: 'Publish checks' });
  await expect(checks).toContainText(
    'No path of moves from Qualification leads to Discovery, Proposal, Negotiation and Closed won.',
  );

  // The API refuses a transition that already exists, next to the step it goes to.
  const add = page.getByRole('form', { name: 'Add a transition' });
  await add.getByLabel('From').selectOption('Qualification');
  await add.getByLabel('To').selectOption('Initial contact');
  await add.getByRole('button', { name: 'Add transition' }).click();
  await expect(add.getByText('This transition already exists.')).toBeVisible();

  await add.getByLabel('From').selectOption('Initial contact');
  await add.getByLabel('To').selectOption('Discovery');
  await add.getByRole('button', { name: 'Add transition' }).click();
  await expect(
    page.getByRole('listitem', { name: 'Initial contact → Discovery', exact: true }),
  ).toBeVisible();
  await expect(checks).not.toContainText('not yet');

  await step(page, 'Discovery').getByRole('button', { name: 'Edit step Discovery' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit step Discovery' });
  await dialog.getByRole('button', { name: 'Add a task' }).click();
  await dialog.getByLabel('Task 1 title').fill('Book the discovery call');
  await dialog.getByLabel('Task 1 due in (days)').fill('2');
  await dialog.getByRole('button', { name: 'Save step' }).click();
  await expect(dialog).toBeHidden();
  await expect(step(page, 'Discovery')).toContainText(
    'Create the task “Book the discovery call”, due 2 days after entering the step.',
  );

  await page.getByRole('button', { name: 'Publish version 2' }).click();
  await page
    .getByRole('alertdialog', { name: 'Publish version 2?' })
    .getByRole('button', { name: 'Publish' })
    .click();
  await expect(page.getByTestId('version-summary')).toContainText('Version 2 · active');
  await expect(step(page, 'Discovery')).toContainText('Book the discovery call');
});
