// Moving deals between columns: the card moves at once (optimistically); when the API confirms,
// the board is refetched so its figures are the server's again; when it refuses, the card goes
// back and the reason is kept for the page to show, in words.
import { useCallback, useReducer, useRef, useState } from 'react';
import {
  describeRequestError,
  describeTransitionRefusal,
  describeTypedError,
  isTypedApiError,
} from '../../../lib/api-errors.ts';
import { useMoveDealToStep } from '../../../api/move-deal-to-step.ts';
import { movesReducer, noMoves } from '../board.ts';

interface Named {
  id: string;
  name: string;
}

export function useDealMoves(refetchBoard: () => Promise<unknown>) {
  const [state, dispatch] = useReducer(movesReducer, noMoves);
  const [announcement, setAnnouncement] = useState('');
  const mutate = useMoveDealToStep();
  const lastMoveId = useRef(0);

  const moveDeal = useCallback(
    async (deal: Named, from: Named, to: Named) => {
      if (from.id === to.id) return;
      const moveId = ++lastMoveId.current;
      dispatch({
        type: 'moveStarted',
        move: { moveId, dealId: deal.id, fromStepId: from.id, toStepId: to.id },
      });
      setAnnouncement(`Moving ${deal.name} to ${to.name}…`);
      let refusal: string;
      try {
        const { data } = await mutate({
          variables: { input: { dealId: deal.id, toStepId: to.id } },
        });
        const result = data?.moveDealToStep;
        if (result?.__typename === 'MoveDealToStepSuccess') {
          // The board's figures come from the server again; a failed refetch leaves the
          // optimistic card where the server now has it anyway.
          await refetchBoard().catch(() => undefined);
          dispatch({ type: 'moveSettled', moveId });
          setAnnouncement(`${deal.name} moved to ${to.name}.`);
          return;
        }
        refusal = !result
          ? 'The server sent no answer.'
          : result.__typename === 'TransitionNotAllowedError'
            ? describeTransitionRefusal(result, {
                from: from.name,
                to: to.name,
                what: `“${deal.name}”`,
              })
            : isTypedApiError(result)
              ? describeTypedError(result)
              : 'The server sent an unexpected answer.';
      } catch (error) {
        refusal = describeRequestError(error);
      }
      dispatch({
        type: 'moveRefused',
        moveId,
        dealId: deal.id,
        title: `${deal.name} stays in ${from.name}`,
        message: refusal,
      });
      // The page shows the refusal in an alert (role="alert", so it is announced too).
      setAnnouncement(`${deal.name} stays in ${from.name}.`);
    },
    [mutate, refetchBoard],
  );

  const dismissRefusal = useCallback(() => dispatch({ type: 'refusalDismissed' }), []);

  return { moves: state, moveDeal, dismissRefusal, announcement };
}
