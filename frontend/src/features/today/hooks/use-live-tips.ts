// Keeps Today's `tipAdded` stream open while the page is shown, and calls back for each tip.
import { useLiveSubscription } from '../../../hooks/use-live-subscription.ts';
import { type AddedTip, TipAddedDocument } from '../api/tip-added.ts';

export function useLiveTips(workspaceId: string, onTip: (tip: AddedTip) => void) {
  return useLiveSubscription(TipAddedDocument, workspaceId, (data) => onTip(data.tipAdded));
}
