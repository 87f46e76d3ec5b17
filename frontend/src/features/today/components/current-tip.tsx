// The tip front and centre: what to do, why, and three answers (done, snooze, dismiss) by button
// or key. It reads the open tip, and asks for a decision only when none is open on arrival or
// after an answer; a tip delivered live (new, or back from a snooze) is read once nothing is being
// answered.
import {
  Alert,
  Badge,
  Box,
  Button,
  Heading,
  HStack,
  Kbd,
  Link,
  Stack,
  Text,
} from '@chakra-ui/react';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import type { TipReaction } from '../../../gql/graphql.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { type TipAnswerOutcome, useGiveTipFeedback } from '../api/give-tip-feedback.ts';
import { useNextTip } from '../api/next-tip.ts';
import { useRequestNextTip } from '../api/request-next-tip.ts';
import { type AnswerFailure, tipIsGone } from '../answer-errors.ts';
import { useAnswerShortcuts } from '../hooks/use-answer-shortcuts.ts';
import { useLiveTips } from '../hooks/use-live-tips.ts';
import { ANSWER_KEYS } from '../shortcuts.ts';
import { formatSnoozeTime } from '../snooze-presets.ts';
import { recordLinkOf, TIP_KIND_COLORS, TIP_KIND_LABELS } from '../tip-words.ts';
import { DismissDialog } from './dismiss-dialog.tsx';
import { SnoozeDialog } from './snooze-dialog.tsx';
import { WhyThisTip } from './why-this-tip.tsx';

type Notice = { tone: 'success' | 'info'; text: string };

export function CurrentTip({ workspaceId }: { workspaceId: string }) {
  const next = useNextTip(workspaceId);
  const requestNextTip = useRequestNextTip(workspaceId);
  const { answerTip } = useGiveTipFeedback();
  const [dialog, setDialog] = useState<'snooze' | 'dismiss' | null>(null);
  const [answering, setAnswering] = useState<TipReaction | null>(null);
  const [loadingNext, setLoadingNext] = useState(false);
  // Whether a decision was asked for yet: until then an empty read means "not decided yet".
  const [asked, setAsked] = useState(false);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<AnswerFailure | null>(null);
  const liveTipWaiting = useRef(false);
  const deciding = useRef(false);
  const focusAfterLoad = useRef(false);
  const focusTarget = useRef<HTMLHeadingElement>(null);

  const tip = next.data?.nextTip ?? null;
  const busy = answering !== null || loadingNext;

  /** The open tip or a new decision, written into the read's cache. */
  async function decideNext() {
    // One request at a time: two at once could each find no open tip and decide one.
    if (deciding.current) return;
    deciding.current = true;
    setLoadingNext(true);
    setRequestError(null);
    const outcome = await requestNextTip();
    if (!outcome.ok) setRequestError(outcome.message);
    setAsked(true);
    setLoadingNext(false);
    deciding.current = false;
  }

  /** Reads the open tip again: a live tip was decided on the server already. */
  async function readOpenTip() {
    setLoadingNext(true);
    setRequestError(null);
    try {
      await next.refetch();
    } catch {
      // The query's own error state shows it.
    } finally {
      setLoadingNext(false);
    }
  }

  const noOpenTipOnArrival = next.data !== undefined && next.data.nextTip === null && !asked;
  useEffect(() => {
    if (noOpenTipOnArrival && !loadingNext) void decideNext();
    // Once per mount: `asked` turns it off; decideNext only sends the request.
  }, [noOpenTipOnArrival, loadingNext]);

  useLiveTips(workspaceId, (added) => {
    setNotice({ tone: 'info', text: `New tip: “${added.title}”.` });
    if (dialog || busy) liveTipWaiting.current = true;
    else void readOpenTip();
  });

  useEffect(() => {
    if (!dialog && !busy && liveTipWaiting.current) {
      liveTipWaiting.current = false;
      void readOpenTip();
    }
    // Runs when an answer or a dialog ends; readOpenTip only refetches.
  }, [dialog, busy]);

  // After an answer, focus goes to what replaced the tip, so keyboard and screen reader users
  // carry on from there.
  useEffect(() => {
    if (!loadingNext && focusAfterLoad.current) {
      focusAfterLoad.current = false;
      focusTarget.current?.focus();
    }
  }, [loadingNext, tip?.id]);

  async function answer(
    reaction: TipReaction,
    extra: { snoozeUntil?: Date; reason?: string } = {},
  ): Promise<TipAnswerOutcome> {
    if (!tip)
      return {
        ok: false,
        kind: 'no-answer',
        message: 'There is no tip to answer.',
        fieldErrors: {},
      };
    setAnswering(reaction);
    setFailure(null);
    const outcome = await answerTip({
      tipId: tip.id,
      reaction,
      snoozeUntil: extra.snoozeUntil?.toISOString(),
      reason: extra.reason,
    });
    setAnswering(null);
    if (outcome.ok) {
      setDialog(null);
      setNotice({ tone: 'success', text: answeredText(reaction, tip.title, extra.snoozeUntil) });
      focusAfterLoad.current = true;
      await decideNext();
    } else if (tipIsGone(outcome)) {
      setDialog(null);
      setFailure(outcome);
      focusAfterLoad.current = true;
      await decideNext();
    } else if (reaction === 'DONE') {
      setFailure(outcome);
    }
    return outcome;
  }

  useAnswerShortcuts(tip !== null && !busy && dialog === null, (key) => {
    if (key === 'done') void answer('DONE');
    else setDialog(key);
  });

  let body;
  if ((next.error && !next.data) || (requestError && !loadingNext)) {
    body = (
      <ErrorState
        title="Your next tip could not be loaded"
        message={requestError ?? describeRequestError(next.error)}
        onRetry={() => void decideNext()}
      />
    );
  } else if (!next.data || loadingNext || noOpenTipOnArrival) {
    body = <LoadingState label="Finding your next tip…" />;
  } else if (!tip) {
    body = (
      <Box>
        <Heading as="h2" size="md" ref={focusTarget} tabIndex={-1} srOnly>
          No tip right now
        </Heading>
        <EmptyHint
          title="Nothing to suggest right now"
          description="Tips come from your open deals, leads and tasks. Add a deal on the pipeline, or give your tasks due dates, and Today suggests what to do next."
          action={
            <HStack gap="2" justify="center" flexWrap="wrap">
              <Button asChild colorPalette="blue" size="sm">
                <RouterLink to="/pipeline">Go to the pipeline</RouterLink>
              </Button>
              <Button variant="outline" size="sm" onClick={() => void decideNext()}>
                Check again
              </Button>
            </HStack>
          }
        />
      </Box>
    );
  } else {
    const link = recordLinkOf(tip);
    body = (
      <Stack gap="4">
        <HStack gap="2" flexWrap="wrap">
          <Badge colorPalette={TIP_KIND_COLORS[tip.kind]} size="md">
            {TIP_KIND_LABELS[tip.kind]}
          </Badge>
        </HStack>
        <Stack gap="1">
          <Heading as="h2" size="xl" ref={focusTarget} tabIndex={-1} outline="none">
            {tip.title}
          </Heading>
          <Text color="fg.muted">{tip.detail}</Text>
          {link && (
            <Link asChild colorPalette="blue" fontWeight="medium" alignSelf="flex-start">
              <RouterLink to={link.to}>{link.label} →</RouterLink>
            </Link>
          )}
        </Stack>
        {failure && !tipIsGone(failure) && (
          <Alert.Root status="error" role="alert">
            <Alert.Indicator />
            <Alert.Title>{failure.message}</Alert.Title>
          </Alert.Root>
        )}
        <Stack gap="1">
          <HStack gap="2" flexWrap="wrap" role="group" aria-label="Answer this tip">
            <Button
              colorPalette="green"
              onClick={() => void answer('DONE')}
              loading={answering === 'DONE'}
              disabled={busy}
              aria-keyshortcuts={ANSWER_KEYS.done}
            >
              Done <ShortcutKey>{ANSWER_KEYS.done}</ShortcutKey>
            </Button>
            <Button
              variant="outline"
              onClick={() => setDialog('snooze')}
              disabled={busy}
              aria-keyshortcuts={ANSWER_KEYS.snooze}
            >
              Snooze… <ShortcutKey>{ANSWER_KEYS.snooze}</ShortcutKey>
            </Button>
            <Button
              variant="outline"
              onClick={() => setDialog('dismiss')}
              disabled={busy}
              aria-keyshortcuts={ANSWER_KEYS.dismiss}
            >
              Dismiss… <ShortcutKey>{ANSWER_KEYS.dismiss}</ShortcutKey>
            </Button>
          </HStack>
          <Text fontSize="xs" color="fg.muted" display={{ base: 'none', md: 'block' }}>
            Keyboard: <Kbd size="sm">D</Kbd> done, <Kbd size="sm">S</Kbd> snooze,{' '}
            <Kbd size="sm">X</Kbd> dismiss (not while typing in a field).
          </Text>
        </Stack>
        <WhyThisTip key={tip.id} tipId={tip.id} />
        <SnoozeDialog
          open={dialog === 'snooze'}
          onOpenChange={(open) => setDialog(open ? 'snooze' : null)}
          tipTitle={tip.title}
          onSnooze={(until) => answer('SNOOZE', { snoozeUntil: until })}
        />
        <DismissDialog
          open={dialog === 'dismiss'}
          onOpenChange={(open) => setDialog(open ? 'dismiss' : null)}
          tipTitle={tip.title}
          onDismiss={(reason) => answer('DISMISS', { reason })}
        />
      </Stack>
    );
  }

  return (
    <Box
      as="section"
      aria-labelledby="current-tip-label"
      borderWidth="1px"
      borderRadius="xl"
      p={{ base: '4', md: '6' }}
      boxShadow="sm"
      bg="bg"
    >
      <Stack gap="3">
        <Text
          id="current-tip-label"
          fontSize="xs"
          fontWeight="semibold"
          textTransform="uppercase"
          letterSpacing="wide"
          color="fg.muted"
        >
          Your next tip
        </Text>
        <Box role="status" aria-live="polite">
          {notice && (
            <Text
              fontSize="sm"
              px="3"
              py="2"
              borderRadius="md"
              bg={notice.tone === 'success' ? 'green.50' : 'blue.50'}
              color={notice.tone === 'success' ? 'green.800' : 'blue.800'}
            >
              {notice.text}
            </Text>
          )}
        </Box>
        {failure && tipIsGone(failure) && (
          <Alert.Root status="warning" role="alert">
            <Alert.Indicator />
            <Alert.Title>{failure.message}</Alert.Title>
          </Alert.Root>
        )}
        {body}
      </Stack>
    </Box>
  );
}

function ShortcutKey({ children }: { children: string }) {
  return (
    <Kbd aria-hidden="true" size="sm" display={{ base: 'none', md: 'inline-flex' }}>
      {children.toUpperCase()}
    </Kbd>
  );
}

function answeredText(reaction: TipReaction, title: string, until?: Date): string {
  switch (reaction) {
    case 'DONE':
      return `Marked “${title}” done.`;
    case 'SNOOZE':
      return until ? `Snoozed “${title}” until ${formatSnoozeTime(until)}.` : `Snoozed “${title}”.`;
    case 'DISMISS':
      return `Dismissed “${title}”.`;
  }
}
