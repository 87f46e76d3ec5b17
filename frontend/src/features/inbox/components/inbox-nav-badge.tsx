// The nav's count of unread conversations next to "Inbox"; nothing when all are read.
import { Badge } from '@chakra-ui/react';
import { useWorkspace } from '../../../hooks/use-workspace.ts';
import { useInboxUnreadCount } from '../api/conversations.ts';

export function InboxNavBadge() {
  const workspace = useWorkspace();
  const count = useInboxUnreadCount(workspace.id);
  if (count === 0) return null;
  return (
    <Badge colorPalette="blue" variant="solid" size="sm" ms="auto" aria-label={`${count} unread`}>
      {count > 99 ? '99+' : count}
    </Badge>
  );
}
