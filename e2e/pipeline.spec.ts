// The pipeline of a new workspace's default sales workflow: Qualification → Initial contact →
// Discovery → Proposal → Negotiation → Closed won, each step back one, any open step → Closed
// lost. Skipping a step (Qualification → Discovery) has no transition, so it is refused.
import { card, column, createDeal, expect, startWithNewWorkspace, test } from './support.ts';

test('a new workspace shows its empty pipeline and says what to do next', async ({ page }) => {
  await startWithNewWorkspace(page, 'empty');
  await expect(page.getByText('No deals yet')).toBeVisible();
  for (const step of ['Qualification', 'Initial contact', 'Discovery', 'Closed won']) {
    await expect(column(page, step)).toBeVisible();
  }
});

test('creates a deal, drags it to the next step, and finds it there after a reload', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'drag');
  await createDeal(page, 'Globex renewal', '12000');
  const qualification = column(page, 'Qualification');
  await expect(card(page, 'Qualification', 'Globex renewal')).toBeVisible();
  await expect(qualification.getByLabel('1 deal')).toBeVisible();
  await expect(qualification.getByTestId('column-total')).toHaveText('$12,000 · weighted $1,200');

  await card(page, 'Qualification', 'Globex renewal').dragTo(column(page, 'Initial contact'));
  await expect(card(page, 'Initial contact', 'Globex renewal')).toBeVisible();
  await expect(column(page, 'Initial contact').getByTestId('column-total')).toHaveText(
    '$12,000 · weighted $2,400',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await expect(card(page, 'Initial contact', 'Globex renewal')).toBeVisible();
  await expect(card(page, 'Qualification', 'Globex renewal')).toHaveCount(0);
});

test('refuses a move the workflow does not allow, and the card goes back', async ({ page }) => {
  await startWithNewWorkspace(page, 'refused');
  await createDeal(page, 'Initech upgrade', '5000');

  await card(page, 'Qualification', 'Initech upgrade').dragTo(column(page, 'Discovery'));
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'Initech upgrade stays in Qualification' });
  await expect(refusal).toContainText(
    'The workflow does not allow moving “Initech upgrade” from Qualification to Discovery.',
  );
  await expect(card(page, 'Qualification', 'Initech upgrade')).toBeVisible();
  await expect(card(page, 'Discovery', 'Initech upgrade')).toHaveCount(0);
  await expect(column(page, 'Discovery').getByLabel('0 deals')).toBeVisible();

  await page.reload();
  await expect(card(page, 'Qualification', 'Initech upgrade')).toBeVisible();

  // Refused again after the reload; the refusal stays on screen until dismissed.
  await card(page, 'Qualification', 'Initech upgrade').dragTo(column(page, 'Discovery'));
  await expect(refusal).toBeVisible();
  await expect(card(page, 'Qualification', 'Initech upgrade')).toBeVisible();
});

test('moves a deal with the keyboard, and its menu says which moves are refused', async ({
  page,
}) => {
  await startWithNewWorkspace(page, 'keyboard');
  await createDeal(page, 'Hooli pilot', '');
  const menu = page.getByRole('menu');
  const item = (step: string) => menu.getByRole('menuitem', { name: new RegExp(`^${step}`) });

  // From Qualification: Initial contact (first in the menu) is allowed, Discovery is not.
  await page.getByRole('button', { name: 'Move Hooli pilot to…' }).focus();
  await page.keyboard.press('Enter');
  await expect(item('Discovery')).toBeDisabled();
  await expect(item('Discovery')).toContainText(
    'The workflow does not allow moving it from Qualification to Discovery.',
  );
  await expect(item('Initial contact')).toHaveAttribute('data-highlighted');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Initial contact', 'Hooli pilot')).toBeVisible();
  await expect(card(page, 'Initial contact', 'Hooli pilot')).not.toHaveAttribute('aria-busy');

  // From Initial contact: back to Qualification (first), on to Discovery (next).
  await page.getByRole('button', { name: 'Move Hooli pilot to…' }).focus();
  await page.keyboard.press('Enter');
  await expect(item('Proposal')).toBeDisabled();
  await page.keyboard.press('ArrowDown');
  await expect(item('Discovery')).toHaveAttribute('data-highlighted');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Discovery', 'Hooli pilot')).toBeVisible();
  await expect(card(page, 'Discovery', 'Hooli pilot')).not.toHaveAttribute('aria-busy');

  // Proposal needs an amount, which this deal does not have.
  await page.getByRole('button', { name: 'Move Hooli pilot to…' }).click();
  await expect(item('Proposal')).toContainText('Give it an amount before moving it to Proposal.');
  await expect(item('Proposal')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test('shows the API’s validation errors next to the fields of a new deal', async ({ page }) => {
  await startWithNewWorkspace(page, 'invalid');
  await page.getByRole('button', { name: 'New deal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New deal' });
  await dialog.getByLabel('Amount').fill('-5');
  await dialog.getByRole('button', { name: 'Create deal' }).click();
  await expect(dialog.getByText('The name is required.')).toBeVisible();
  await expect(dialog.getByText('The amount must not be negative.')).toBeVisible();

  await dialog.getByLabel('Name').fill('Umbrella expansion');
  await dialog.getByLabel('Amount').fill('lots');
  await dialog.getByRole('button', { name: 'Create deal' }).click();
  await expect(dialog.getByText('Enter the amount as a number, like 12000.')).toBeVisible();

  await dialog.getByLabel('Amount').fill('2500.50');
  await dialog.getByRole('button', { name: 'Create deal' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, 'Qualification', 'Umbrella expansion')).toContainText('$2,500.50');
});
