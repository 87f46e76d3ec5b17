// "Why this tip": which policy chose it and how surely, the features that weighed most (a small
// bar list, positive pushing toward the tip, negative away), and what each shadow policy would
// have chosen at the same moment.
import { Badge, Box, Button, Heading, HStack, Stack, Text } from '@chakra-ui/react';
import { useId, useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import type { PolicyName, TipKind } from '../../../gql/graphql.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useExplainTip } from '../api/explain-tip.ts';
import {
  featureLabel,
  formatContribution,
  formatProbability,
  POLICY_LABELS,
  TIP_KIND_LABELS,
} from '../tip-words.ts';

export function WhyThisTip({ tipId }: { tipId: string }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <Box>
      <Button
        variant="ghost"
        size="sm"
        px="2"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? '▾' : '▸'} Why this tip
      </Button>
      {open && (
        <Box
          id={regionId}
          role="region"
          aria-label="Why this tip"
          mt="2"
          p="4"
          borderWidth="1px"
          borderRadius="md"
          bg="bg.subtle"
        >
          <Explanation tipId={tipId} />
        </Box>
      )}
    </Box>
  );
}

function Explanation({ tipId }: { tipId: string }) {
  const { data, error, refetch } = useExplainTip(tipId, true);
  if (error && !data) {
    return (
      <ErrorState
        title="The explanation could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return <LoadingState label="Asking the recommender why…" />;
  const { policy, propensity, candidateCount, topFeatures, shadows } = data.explainTip;
  return (
    <Stack gap="5">
      <Text>
        <strong>{POLICY_LABELS[policy]}</strong>, the live policy, chose this tip with a probability
        of <strong>{formatProbability(propensity)}</strong> among {candidateCount} possible{' '}
        {candidateCount === 1 ? 'action' : 'actions'}.
      </Text>
      <Stack gap="2">
        <Heading as="h3" size="sm">
          What weighed most
        </Heading>
        {topFeatures.length === 0 ? (
          <Text color="fg.muted" fontSize="sm">
            {policy === 'RULES'
              ? 'No learned weights: the Rules policy ranks actions by fixed priorities (how urgent, how valuable).'
              : 'No feature weighed in yet: a learning policy weighs features once it has learned from answers.'}
          </Text>
        ) : (
          <FeatureBars features={topFeatures} />
        )}
      </Stack>
      <Stack gap="2">
        <Heading as="h3" size="sm">
          What the other policies would have chosen
        </Heading>
        {shadows.length === 0 ? (
          <Text color="fg.muted" fontSize="sm">
            No shadow policies were running when this tip was chosen.
          </Text>
        ) : (
          <Stack as="ul" gap="2" listStyleType="none" aria-label="Shadow policies">
            {shadows.map((shadow) => (
              <ShadowChoice key={shadow.policy} shadow={shadow} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

function FeatureBars({
  features,
}: {
  features: readonly { feature: string; value: number; contribution: number }[];
}) {
  const largest = Math.max(...features.map((f) => Math.abs(f.contribution)), Number.EPSILON);
  return (
    <Stack as="ul" gap="1.5" listStyleType="none" aria-label="Features by weight">
      {features.map((f) => {
        const share = Math.abs(f.contribution) / largest;
        const positive = f.contribution >= 0;
        return (
          <Box
            as="li"
            key={f.feature}
            display="grid"
            gridTemplateColumns={{ base: '1fr 4rem', sm: '14rem 1fr 4rem' }}
            gap="2"
            alignItems="center"
            fontSize="sm"
          >
            <Text truncate title={f.feature}>
              {featureLabel(f.feature)}
            </Text>
            <Box
              aria-hidden="true"
              h="2.5"
              bg="bg.muted"
              borderRadius="full"
              overflow="hidden"
              gridColumn={{ base: '1 / -1', sm: 'auto' }}
              gridRow={{ base: 2, sm: 'auto' }}
            >
              <Box
                h="full"
                w={`${Math.max(share * 100, 2)}%`}
                bg={positive ? 'green.500' : 'red.500'}
                borderRadius="full"
              />
            </Box>
            <Text
              textAlign="end"
              fontVariantNumeric="tabular-nums"
              color={positive ? 'green.700' : 'red.700'}
            >
              {formatContribution(f.contribution)}
            </Text>
          </Box>
        );
      })}
    </Stack>
  );
}

function ShadowChoice({
  shadow,
}: {
  shadow: {
    policy: PolicyName;
    title: string;
    kind: TipKind;
    propensity: number;
    probabilityOfChosen: number;
    agreesWithLive: boolean;
  };
}) {
  return (
    <Box as="li" fontSize="sm">
      <HStack gap="2" flexWrap="wrap">
        <Text fontWeight="semibold">{POLICY_LABELS[shadow.policy]}</Text>
        {shadow.agreesWithLive ? (
          <Badge colorPalette="green">Same tip</Badge>
        ) : (
          <Badge colorPalette="gray">{TIP_KIND_LABELS[shadow.kind]}</Badge>
        )}
      </HStack>
      <Text color="fg.muted">
        {shadow.agreesWithLive
          ? `Would have chosen this tip too (${formatProbability(shadow.propensity)}).`
          : `Would have chosen “${shadow.title}” (${formatProbability(shadow.propensity)}); it gave this tip ${formatProbability(shadow.probabilityOfChosen)}.`}
      </Text>
    </Box>
  );
}
