import {
  createFirstWorkspace,
  expect,
  PASSWORD,
  signIn,
  signUp,
  test,
  uniqueEmail,
} from './support.ts';

test('a new user signs up, creates a first workspace, signs out and signs in again', async ({
  page,
}) => {
  const email = uniqueEmail('ada');
  await signUp(page, email);
  await createFirstWorkspace(page, 'Analytical Engines');
  await expect(page.getByRole('button', { name: 'Workspace: Analytical Engines' })).toBeVisible();
  await expect(page).toHaveTitle('Pipeline · Analytical Engines · Waymark');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/pipeline');
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, email, 'not the password');
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signing in from a deep link goes back to it.
  await expect(page).toHaveURL(/\/pipeline$/);
  await expect(page.getByRole('button', { name: 'Workspace: Analytical Engines' })).toBeVisible();
  await expect(page.getByTestId('signed-in-email')).toHaveText(email);
});

test('sign-up explains what is wrong with the email and password', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter your email address, like sam@example.com.')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
});

test('on a phone the nav opens in a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, uniqueEmail('phone'));
  await createFirstWorkspace(page, 'Pocket Sales');
  await expect(page.getByRole('link', { name: 'Pipeline' })).toBeHidden();
  await page.getByRole('button', { name: 'Open menu' }).click();
  const drawer = page.getByRole('dialog', { name: 'Waymark' });
  await expect(drawer.getByRole('link', { name: 'Pipeline' })).toBeVisible();
  await drawer.getByRole('link', { name: 'Pipeline' }).click();
  await expect(drawer).toBeHidden();
});
