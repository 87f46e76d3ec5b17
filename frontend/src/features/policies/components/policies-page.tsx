// Policies: how each recommender policy would have done on this workspace's answered tips
// (off-policy estimates with intervals), which one is live, and promoting another.
import {
  Badge,
  Box,
  Button,
  Field,
  Heading,
  HStack,
  NativeSelect,
  Stack,
  Table,
  Text,
} from '@chakra-ui/react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import type { PolicyName } from '../../../gql/graphql.ts';
import { canManageMembers, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { usePolicyReport } from '../api/policy-report.ts';
import { formatReward } from '../chart-scale.ts';
import {
  ESTIMATOR_LABELS,
  ESTIMATORS,
  type Estimator,
  evidenceWords,
  POLICY_DESCRIPTIONS,
  POLICY_LABELS,
} from '../policy-words.ts';
import { IntervalChart } from './interval-chart.tsx';
import { PromoteDialog } from './promote-dialog.tsx';

export function PoliciesPage() {
  const workspace = useWorkspace();
  const report = usePolicyReport(workspace.id);
  const [estimator, setEstimator] = useState<Estimator | 'all'>('dr');
  const [promoting, setPromoting] = useState<PolicyName | null>(null);

  const data = report.data?.policyReport;
  let body;
  if (report.error && !data) {
    body = (
      <ErrorState
        title="The policy report could not be loaded"
        message={describeRequestError(report.error)}
        onRetry={() => void report.refetch()}
      />
    );
  } else if (!data) {
    body = <LoadingState label="Estimating how each policy would have done…" />;
  } else {
    const tableEstimator: Estimator = estimator === 'all' ? 'dr' : estimator;
    const summaryOf = (name: PolicyName) => {
      const p = data.policies.find((policy) => policy.name === name);
      const e = p?.[tableEstimator];
      return p && e
        ? `Its ${ESTIMATOR_LABELS[tableEstimator].short} estimate is ${formatReward(e.estimate)} per tip (95% interval ${formatReward(e.low)}–${formatReward(e.high)}), on ${evidenceWords(p.effectiveSampleSize)} (effective sample size ${Math.round(p.effectiveSampleSize)}).`
        : 'It has no estimate yet.';
    };
    body = (
      <Stack gap="6">
        <HStack gap={{ base: '4', md: '8' }} flexWrap="wrap" aria-label="Summary" role="group">
          <Stat label="Live policy" value={POLICY_LABELS[data.livePolicy]} />
          <Stat label="Answered tips" value={String(data.answeredTips)} testId="answered-tips" />
          <Stat
            label="Observed reward per tip"
            value={data.observedReward == null ? '—' : formatReward(data.observedReward)}
          />
        </HStack>

        {data.answeredTips === 0 ? (
          <EmptyHint
            title="No answered tips yet"
            description="The report compares the policies on tips people in this workspace have answered. Answer tips on Today (done, snooze or dismiss) and the estimates appear here."
            action={
              <Button asChild colorPalette="blue" size="sm">
                <RouterLink to="/today">Go to Today</RouterLink>
              </Button>
            }
          />
        ) : (
          <Stack gap="4" borderWidth="1px" borderRadius="lg" p={{ base: '3', md: '5' }}>
            <HStack justify="space-between" align="flex-end" flexWrap="wrap" gap="3">
              <Heading as="h2" size="md">
                Estimated reward per tip
              </Heading>
              <Field.Root w={{ base: 'full', sm: '64' }}>
                <Field.Label>Estimator</Field.Label>
                <NativeSelect.Root size="sm">
                  <NativeSelect.Field
                    value={estimator}
                    onChange={(event) =>
                      setEstimator(event.currentTarget.value as Estimator | 'all')
                    }
                  >
                    {ESTIMATORS.map((e) => (
                      <option key={e} value={e}>
                        {ESTIMATOR_LABELS[e].long}
                      </option>
                    ))}
                    <option value="all">All four, side by side</option>
                  </NativeSelect.Field>
                  <NativeSelect.Indicator />
                </NativeSelect.Root>
              </Field.Root>
            </HStack>
            <IntervalChart
              policies={data.policies}
              estimator={estimator}
              observedReward={data.observedReward}
            />
          </Stack>
        )}

        <Stack gap="3">
          <Heading as="h2" size="md">
            Policies
          </Heading>
          {!canManageMembers(workspace.role) && (
            <Text fontSize="sm" color="fg.muted">
              Only owners and admins of this workspace can promote a policy.
            </Text>
          )}
          <Table.ScrollArea borderWidth="1px" borderRadius="md">
            <Table.Root size="sm" aria-label="Policies and their evidence">
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader>Policy</Table.ColumnHeader>
                  <Table.ColumnHeader textAlign="end">
                    {ESTIMATOR_LABELS[tableEstimator].short} estimate
                  </Table.ColumnHeader>
                  <Table.ColumnHeader textAlign="end">Effective sample size</Table.ColumnHeader>
                  <Table.ColumnHeader textAlign="end">Tips</Table.ColumnHeader>
                  <Table.ColumnHeader textAlign="end">Updates</Table.ColumnHeader>
                  <Table.ColumnHeader>
                    <Box srOnly>Action</Box>
                  </Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.policies.map((policy) => {
                  const e = policy[tableEstimator];
                  return (
                    <Table.Row key={policy.name}>
                      <Table.Cell minW="14rem">
                        <HStack gap="2">
                          <Text fontWeight="medium">{POLICY_LABELS[policy.name]}</Text>
                          {policy.live && (
                            <Badge colorPalette="blue" variant="solid" size="sm">
                              Live
                            </Badge>
                          )}
                        </HStack>
                        <Text fontSize="xs" color="fg.muted">
                          {POLICY_DESCRIPTIONS[policy.name]}
                        </Text>
                      </Table.Cell>
                      <Table.Cell textAlign="end" fontVariantNumeric="tabular-nums">
                        {e
                          ? `${formatReward(e.estimate)} (${formatReward(e.low)}–${formatReward(e.high)})`
                          : '—'}
                      </Table.Cell>
                      <Table.Cell textAlign="end" fontVariantNumeric="tabular-nums">
                        <Text>{policy.effectiveSampleSize.toFixed(1)}</Text>
                        <Text fontSize="xs" color="fg.muted">
                          {evidenceWords(policy.effectiveSampleSize)}
                        </Text>
                      </Table.Cell>
                      <Table.Cell textAlign="end" fontVariantNumeric="tabular-nums">
                        {policy.sampleSize}
                      </Table.Cell>
                      <Table.Cell textAlign="end" fontVariantNumeric="tabular-nums">
                        {policy.updates}
                      </Table.Cell>
                      <Table.Cell textAlign="end">
                        {policy.live ? (
                          <Text fontSize="sm" color="fg.muted">
                            Deciding now
                          </Text>
                        ) : (
                          <Button
                            size="xs"
                            variant="outline"
                            onClick={() => setPromoting(policy.name)}
                            aria-label={`Promote ${POLICY_LABELS[policy.name]}`}
                          >
                            Promote…
                          </Button>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table.Root>
          </Table.ScrollArea>
        </Stack>

        <ReadingGuide />

        <PromoteDialog
          workspaceId={workspace.id}
          policy={promoting}
          livePolicy={data.livePolicy}
          summary={promoting ? summaryOf(promoting) : undefined}
          onClose={() => setPromoting(null)}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="5" maxW="5xl">
      <Stack gap="0">
        <Heading as="h1" size="xl">
          Policies
        </Heading>
        <Text color="fg.muted" fontSize="sm">
          Which way of choosing tips works best for this workspace, judged on the tips you have
          answered.
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap="0">
      <Text fontSize="xs" color="fg.muted" textTransform="uppercase" letterSpacing="wide">
        {label}
      </Text>
      <Text fontSize="xl" fontWeight="semibold" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

function ReadingGuide() {
  return (
    <Stack as="section" gap="2" fontSize="sm" aria-labelledby="reading-guide" maxW="3xl">
      <Heading as="h2" size="sm" id="reading-guide">
        How to read this
      </Heading>
      <Text>
        Each dot estimates the mean reward per tip a policy would have earned on this
        workspace&apos;s answered tips: a tip marked done counts 1, a snooze 0.25, a dismissal 0,
        and a deal that moves forward within 7 days of a done or snoozed tip on it counts 1. Higher
        is better.
      </Text>
      <Text>
        The line around the dot is its 95% interval: the true value most likely lies within it.
        Where two policies&apos; lines overlap a lot, the tips so far cannot tell them apart.
      </Text>
      <Text>
        Only the live policy&apos;s tips were shown, so the others are judged by what they would
        have chosen. <strong>IPS</strong> reweights each answered tip by how much more (or less)
        likely the other policy was to choose it; <strong>SNIPS</strong> normalizes those weights,
        steadier on few tips; <strong>DM</strong> predicts rewards from how each kind of tip has
        fared; <strong>DR</strong> combines the prediction with the reweighting and is usually the
        most reliable.
      </Text>
      <Text>
        <strong>Effective sample size</strong> is how many tips the reweighted evidence is worth:
        below about 30, treat differences as noise. <strong>Updates</strong> counts the answers a
        policy has learned from; every policy learns from every answer, so a shadow is ready the day
        it is promoted.
      </Text>
    </Stack>
  );
}
