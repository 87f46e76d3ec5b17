// Moves a deal to another step from its page; answers null when done, or why not in words.
import { useMoveDealToStep } from '../../../api/move-deal-to-step.ts';
import {
  describeRequestError,
  describeTransitionRefusal,
  describeTypedError,
  isTypedApiError,
} from '../../../lib/api-errors.ts';
import { RecordTimelineDocument } from '../../../api/records/record-timeline.ts';
import { RecordTransitionsDocument } from '../../../api/records/record-transitions.ts';
import { DealDetailDocument } from './deal-detail.ts';

export function useMoveDealStage() {
  const mutate = useMoveDealToStep();
  return async function moveDeal(
    deal: { id: string; name: string },
    from: string,
    to: { id: string; name: string },
  ): Promise<string | null> {
    try {
      const { data } = await mutate({
        variables: { input: { dealId: deal.id, toStepId: to.id } },
        refetchQueries: [DealDetailDocument, RecordTransitionsDocument, RecordTimelineDocument],
        awaitRefetchQueries: true,
      });
      const result = data?.moveDealToStep;
      if (!result) return 'The server sent no answer. Try again.';
      if (result.__typename === 'MoveDealToStepSuccess') return null;
      if (result.__typename === 'TransitionNotAllowedError') {
        return describeTransitionRefusal(result, { from, to: to.name, what: `“${deal.name}”` });
      }
      return isTypedApiError(result)
        ? describeTypedError(result)
        : 'The server sent an unexpected answer.';
    } catch (error) {
      return describeRequestError(error);
    }
  };
}
