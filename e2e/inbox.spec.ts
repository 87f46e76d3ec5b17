// A Telegram message arrives through the webhook, shows in the Inbox live, and the reply typed
// there reaches the Telegram Bot API. The API is the loopback fake (test/peers/telegram.ts) on the
// port playwright.config.ts chose and pointed the server at (WAYMARK_TELEGRAM_API_URL); the
// message is POSTed to the connection's webhook URL with the secret header, as Telegram would.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type FakeTelegram, startFakeTelegram, WEBHOOK_SECRET } from '../test/peers/telegram.ts';
import { expect, startWithNewWorkspace, test } from './support.ts';

let telegram: FakeTelegram;

test.beforeAll(async () => {
  telegram = await startFakeTelegram({ port: Number(process.env.WAYMARK_E2E_TELEGRAM_PORT) });
});

test.afterAll(async () => {
  await telegram?.close();
});

function screenshot(page: Page, name: string) {
  return page.screenshot({
    path: join(import.meta.dirname, 'artifacts', `inbox-${name}.png`),
    fullPage: true,
  });
}

/** Settings → Connections: connects the fake's bot in push mode; returns its webhook URL. */
async function connectTelegramBot(page: Page) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'manage connections' }).click();
  await expect(page.getByRole('heading', { name: 'Connections', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Connect Telegram' }).click();
  const connect = page.getByRole('dialog', { name: 'Connect Telegram' });
  await connect.getByLabel(/^Bot token/).fill(telegram.token);
  await connect.getByLabel(/^Mode/).selectOption('push');
  await connect.getByLabel(/^Webhook secret/).fill(WEBHOOK_SECRET);
  await connect.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(connect).toBeHidden();
  const card = page.getByTestId('connection');
  await expect(card.getByTestId('connection-status')).toHaveText(/Connected|Syncing/);
  // The token typed is never shown back.
  await expect(page.locator('body')).not.toContainText(telegram.token);
  const webhookUrl = (await card.getByTestId('webhook-url').textContent())!.trim();
  expect(webhookUrl).toMatch(/\/webhooks\/telegram\/[0-9a-f-]+$/);
  // Push mode registered that URL, with the secret, with Telegram.
  await expect
    .poll(() => telegram.webhook())
    .toEqual({ url: webhookUrl, secretToken: WEBHOOK_SECRET });
  await screenshot(page, 'connections');
  return webhookUrl;
}

/** The Inbox, empty, once its live stream (the conversationUpdated subscription) is open. */
async function openEmptyInbox(page: Page) {
  const streamOpen = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      /conversationUpdated/.test(response.request().postData() ?? ''),
  );
  await page.getByRole('link', { name: /^Inbox/ }).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await expect(page.getByText('No conversations yet')).toBeVisible();
  expect((await streamOpen).status()).toBe(200);
}

test('a Telegram message shows in the Inbox live, and the reply reaches Telegram', async ({
  page,
}) => {
  // A reply is delivered by a background job: room for a busy machine.
  test.setTimeout(120_000);
  await startWithNewWorkspace(page, 'inbox');
  const webhookUrl = await connectTelegramBot(page);
  await openEmptyInbox(page);

  // Telegram pushes a message from Ada: no reload, it shows up unread.
  const ada = { id: 4242, first_name: 'Ada', last_name: 'Lovelace', username: 'ada' };
  const { message } = telegram.textUpdate(ada, 'Can we move the call to Friday?') as {
    message: { message_id: number };
  };
  const inboundId = message.message_id;
  const update = { update_id: 1, message };
  expect(await telegram.push(webhookUrl, update, WEBHOOK_SECRET)).toBe(200);
  const row = page.getByTestId('conversation-row').filter({ hasText: 'Ada Lovelace' });
  await expect(row).toContainText('Can we move the call to Friday?');
  await expect(row.getByRole('img', { name: 'Telegram' })).toBeVisible();
  await expect(row.getByRole('img', { name: 'Unread' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Inbox/ })).toContainText('1');
  await screenshot(page, 'message-arrived');

  // j opens it (and marks it read); r goes to the reply box; Ctrl+Enter sends.
  await page.keyboard.press('j');
  const messages = page.getByRole('list', { name: 'Messages' });
  await expect(messages).toContainText('Can we move the call to Friday?');
  await expect(row.getByRole('img', { name: 'Unread' })).toBeHidden();
  await page.keyboard.press('r');
  await page.keyboard.type('Friday at 10 works.');
  await page.keyboard.press('Control+Enter');

  // Telegram got it, in Ada's chat, as a reply to her message (delivered by a background job:
  // the bound allows for a busy machine).
  await expect
    .poll(
      () => telegram.calls.filter((call) => call.method === 'sendMessage').map((c) => c.params),
      { timeout: 30_000 },
    )
    .toContainEqual(
      expect.objectContaining({
        chat_id: ada.id,
        text: 'Friday at 10 works.',
        reply_parameters: expect.objectContaining({ message_id: inboundId }),
      }),
    );
  // Delivered, it shows once, as our message in the conversation (not as a reply still queued).
  const ours = messages.getByTestId('message').filter({ hasText: 'Friday at 10 works.' });
  await expect(ours).toHaveAttribute('data-direction', 'OUTBOUND');
  await expect(ours).toContainText('Waymark');
  await expect(page.getByTestId('reply')).toHaveCount(0);
  await expect(row).toContainText('Friday at 10 works.');
  await screenshot(page, 'reply-sent');

  // On a phone the inbox and the open conversation fit the screen's width.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(ours).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'phone-conversation');
  // The list alone (the navigation sits behind the menu button at this width).
  await page.goto('/inbox');
  await expect(row).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'phone');
});

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(widths.content, 'page width at phone size').toBeLessThanOrEqual(widths.screen);
}
