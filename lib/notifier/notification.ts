// What the notifier delivers, whoever asks (the recommender's tips, later others): one message
// for one person about one workspace, with a key that makes asking twice harmless.
import { z } from 'zod';
import { parseInput } from '../errors/app-errors.ts';

const MAX_PAYLOAD_JSON = 10_000;

export const NotificationInput = z.object({
  workspaceId: z.uuid(),
  userId: z.uuid(),
  /**
   * Unique per notification across everyone (include the user, e.g. 'tip:<userId>:<tipId>'): a
   * key delivered once on a channel is never delivered there again.
   */
  dedupeKey: z.string().trim().min(1, 'is required').max(200),
  kind: z.string().trim().min(1, 'is required').max(50),
  title: z.string().trim().min(1, 'is required').max(300),
  body: z.string().max(20_000),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional(),
  payload: z
    .json()
    .refine(
      (value) => JSON.stringify(value).length <= MAX_PAYLOAD_JSON,
      `must be at most ${MAX_PAYLOAD_JSON} characters of JSON`,
    )
    .optional(),
});

export type Notification = z.input<typeof NotificationInput>;
export type CheckedNotification = z.output<typeof NotificationInput>;

export function checkNotification(notification: Notification): CheckedNotification {
  return parseInput(NotificationInput, notification, ['notification']);
}
