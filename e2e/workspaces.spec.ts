import {
  expect,
  PASSWORD,
  signIn,
  signUp,
  startWithNewWorkspace,
  test,
  uniqueEmail,
} from './support.ts';

test('an owner invites a member by email with a role, and hears why an unknown email fails', async ({
  page,
  browser,
}) => {
  // The colleague signs up first, in a browser of their own.
  const colleague = uniqueEmail('grace');
  const theirs = await browser.newContext();
  await signUp(await theirs.newPage(), colleague);
  await theirs.close();

  await startWithNewWorkspace(page, 'owner');
  await page.getByRole('button', { name: /^Workspace:/ }).click();
  await page.getByRole('menuitem', { name: 'Members and invites…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Members of/ });
  await expect(dialog.getByRole('list', { name: 'Members' })).toContainText('owner');

  await dialog.getByLabel('Email').fill('nobody-here@example.com');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByText('No one has signed up with that email yet.')).toBeVisible();

  await dialog.getByLabel('Email').fill(colleague);
  await dialog.getByLabel('Role').selectOption('ADMIN');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByText(`${colleague} is now an admin of this workspace.`)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Members' })).toContainText(colleague);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The colleague now lands in the owner's workspace.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, colleague, PASSWORD);
  await expect(page.getByRole('button', { name: 'Workspace: owner workspace' })).toBeVisible();
});

test('a user creates a second workspace and switches between them', async ({ page }) => {
  await startWithNewWorkspace(page, 'switcher');
  await page.getByRole('button', { name: 'Workspace: switcher workspace' }).click();
  await page.getByRole('menuitem', { name: 'New workspace…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill('Second team');
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('button', { name: 'Workspace: Second team' })).toBeVisible();

  await page.getByRole('button', { name: 'Workspace: Second team' }).click();
  await page.getByRole('menuitem', { name: /^switcher workspace/ }).click();
  await expect(page.getByRole('button', { name: 'Workspace: switcher workspace' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Workspace: switcher workspace' })).toBeVisible();
});
