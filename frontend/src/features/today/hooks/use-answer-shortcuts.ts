// Listens for Today's answer keys (d, s, x) on the whole page while a tip can be answered.
import { usePageShortcuts } from '../../../hooks/use-page-shortcuts.ts';
import { answerForKey, type TipAnswer } from '../shortcuts.ts';

export function useAnswerShortcuts(enabled: boolean, onAnswer: (answer: TipAnswer) => void) {
  usePageShortcuts(answerForKey, onAnswer, enabled);
}
