// A tip as a notification (what the person reads in-app and in their inbox): a pure mapper the
// functions hand to deliverNotification.
import type { Notification } from '../lib/notifier/notification.ts';

export function tipNotification(
  tip: { id: string; workspaceId: string; userId: string; title: string; detail: string },
  publicUrl: string,
  occasion = 'decided',
): Notification {
  return {
    workspaceId: tip.workspaceId,
    userId: tip.userId,
    dedupeKey: `tip:${tip.userId}:${tip.id}:${occasion}`,
    kind: 'tip',
    title: tip.title,
    body: tip.detail,
    url: `${publicUrl}/today?tip=${tip.id}`,
    payload: { tipId: tip.id },
  };
}
