// A tip as a notification: what the person reads in-app and in their inbox.
import type { Notification } from '../../lib/notifier/notification.ts';
import { automationPublicUrl } from '../services.ts';

export function tipNotification(
  tip: { id: string; workspaceId: string; userId: string; title: string; detail: string },
  occasion = 'decided',
): Notification {
  return {
    workspaceId: tip.workspaceId,
    userId: tip.userId,
    dedupeKey: `tip:${tip.userId}:${tip.id}:${occasion}`,
    kind: 'tip',
    title: tip.title,
    body: tip.detail,
    url: `${automationPublicUrl()}/today?tip=${tip.id}`,
    payload: { tipId: tip.id },
  };
}
