// Listens for Today's answer keys (d, s, x) on the whole page while a tip can be answered.
import { useEffect, useRef } from 'react';
import { answerForKey, type TipAnswer } from '../shortcuts.ts';

export function useAnswerShortcuts(enabled: boolean, onAnswer: (answer: TipAnswer) => void) {
  const onAnswerRef = useRef(onAnswer);
  useEffect(() => {
    onAnswerRef.current = onAnswer;
  });

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      const answer = answerForKey(event);
      if (!answer) return;
      event.preventDefault();
      onAnswerRef.current(answer);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
