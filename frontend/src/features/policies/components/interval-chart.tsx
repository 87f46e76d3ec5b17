// The report as a chart drawn by hand: for each policy, its estimated mean reward per tip (a dot)
// and 95% interval (a line), one row per policy, or four (one per estimator) when all are shown.
// The live policy is drawn in blue; a dashed line marks what the live policy actually earned.
import { Badge, Box, HStack, Stack, Text, VisuallyHidden } from '@chakra-ui/react';
import { Fragment } from 'react';
import type { PolicyName } from '../../../gql/graphql.ts';
import { estimateScale, type EstimateScale, formatReward } from '../chart-scale.ts';
import { ESTIMATOR_LABELS, ESTIMATORS, type Estimator, POLICY_LABELS } from '../policy-words.ts';

export interface Estimate {
  estimate: number;
  low: number;
  high: number;
}

export interface ChartPolicy {
  name: PolicyName;
  live: boolean;
  ips?: Estimate | null;
  snips?: Estimate | null;
  dm?: Estimate | null;
  dr?: Estimate | null;
}

const LIVE = 'var(--chakra-colors-blue-600)';
const SHADOW = 'var(--chakra-colors-gray-600)';
const GRID = 'var(--chakra-colors-gray-200)';
const OBSERVED = 'var(--chakra-colors-orange-500)';
const ROW_HEIGHT = 28;

const rowGrid = {
  display: 'grid',
  gridTemplateColumns: { base: '1fr auto', md: '13rem 1fr 8.5rem' },
  columnGap: '3',
  alignItems: 'center',
} as const;

export function IntervalChart({
  policies,
  estimator,
  observedReward,
}: {
  policies: readonly ChartPolicy[];
  estimator: Estimator | 'all';
  observedReward: number | null | undefined;
}) {
  const shown: readonly Estimator[] = estimator === 'all' ? ESTIMATORS : [estimator];
  const values = policies.flatMap((p) =>
    shown.flatMap((e) => (p[e] ? [p[e].low, p[e].high, p[e].estimate] : [])),
  );
  if (observedReward != null) values.push(observedReward);
  const scale = estimateScale(values);

  return (
    <Box as="figure" m="0" aria-labelledby="policy-chart-caption">
      <Text as="figcaption" id="policy-chart-caption" fontSize="sm" color="fg.muted" mb="3">
        Estimated mean reward per tip (dot) and its 95% interval (line),{' '}
        {estimator === 'all' ? 'by each estimator' : `by ${ESTIMATOR_LABELS[estimator].long}`}.
      </Text>
      <Stack as="ul" gap="3" listStyleType="none" aria-label="Policies">
        {policies.map((policy) => (
          <Box as="li" key={policy.name} aria-label={POLICY_LABELS[policy.name]}>
            {shown.map((e, i) => (
              <Box key={e} {...rowGrid} rowGap="1" py="0.5">
                <HStack gap="2" minW="0">
                  {i === 0 ? (
                    <>
                      <Text fontWeight={policy.live ? 'bold' : 'medium'} truncate>
                        {POLICY_LABELS[policy.name]}
                      </Text>
                      {policy.live && (
                        <Badge colorPalette="blue" variant="solid" size="sm">
                          Live
                        </Badge>
                      )}
                    </>
                  ) : null}
                  {estimator === 'all' && (
                    <Text fontSize="xs" color="fg.muted">
                      {ESTIMATOR_LABELS[e].short}
                    </Text>
                  )}
                </HStack>
                <Box
                  gridColumn={{ base: '1 / -1', md: '2' }}
                  gridRow={{ base: '2', md: '1' }}
                  minW="0"
                >
                  <Track
                    scale={scale}
                    estimate={policy[e] ?? null}
                    live={policy.live}
                    observedReward={observedReward}
                  />
                </Box>
                <Text
                  textAlign="end"
                  fontSize="sm"
                  fontVariantNumeric="tabular-nums"
                  gridColumn={{ base: '2', md: '3' }}
                  gridRow="1"
                >
                  {policy[e] ? (
                    <>
                      <strong>{formatReward(policy[e].estimate)}</strong>{' '}
                      <Text as="span" color="fg.muted">
                        <VisuallyHidden>95% interval </VisuallyHidden>({formatReward(policy[e].low)}
                        –{formatReward(policy[e].high)})
                      </Text>
                    </>
                  ) : (
                    <Text as="span" color="fg.muted">
                      no estimate
                    </Text>
                  )}
                </Text>
              </Box>
            ))}
          </Box>
        ))}
      </Stack>
      <Box {...rowGrid} mt="1" aria-hidden="true">
        <Box display={{ base: 'none', md: 'block' }} />
        <Axis scale={scale} />
      </Box>
      {observedReward != null && (
        <HStack gap="2" mt="3" fontSize="xs" color="fg.muted">
          <svg width="18" height="10" aria-hidden="true">
            <line
              x1="9"
              x2="9"
              y1="0"
              y2="10"
              stroke={OBSERVED}
              strokeWidth="2"
              strokeDasharray="3 2"
            />
          </svg>
          <Text>
            What the live policy actually earned: {formatReward(observedReward)} per answered tip.
          </Text>
        </HStack>
      )}
    </Box>
  );
}

function Track({
  scale,
  estimate,
  live,
  observedReward,
}: {
  scale: EstimateScale;
  estimate: Estimate | null;
  live: boolean;
  observedReward: number | null | undefined;
}) {
  const color = live ? LIVE : SHADOW;
  const mid = ROW_HEIGHT / 2;
  const x = (value: number) => `${scale.toPercent(value)}%`;
  return (
    <svg
      width="100%"
      height={ROW_HEIGHT}
      aria-hidden="true"
      style={{ overflow: 'visible', display: 'block' }}
    >
      {scale.ticks.map((tick) => (
        <line
          key={tick}
          x1={x(tick)}
          x2={x(tick)}
          y1="0"
          y2={ROW_HEIGHT}
          stroke={GRID}
          strokeWidth="1"
        />
      ))}
      {observedReward != null && (
        <line
          x1={x(observedReward)}
          x2={x(observedReward)}
          y1="0"
          y2={ROW_HEIGHT}
          stroke={OBSERVED}
          strokeWidth="2"
          strokeDasharray="3 2"
        />
      )}
      {estimate ? (
        <Fragment>
          <line
            x1={x(estimate.low)}
            x2={x(estimate.high)}
            y1={mid}
            y2={mid}
            stroke={color}
            strokeWidth="3"
            strokeLinecap="round"
          />
          <line
            x1={x(estimate.low)}
            x2={x(estimate.low)}
            y1={mid - 6}
            y2={mid + 6}
            stroke={color}
            strokeWidth="2"
          />
          <line
            x1={x(estimate.high)}
            x2={x(estimate.high)}
            y1={mid - 6}
            y2={mid + 6}
            stroke={color}
            strokeWidth="2"
          />
          <circle
            cx={x(estimate.estimate)}
            cy={mid}
            r="6"
            fill={color}
            stroke="white"
            strokeWidth="2"
          />
        </Fragment>
      ) : (
        <line
          x1="0"
          x2="100%"
          y1={mid}
          y2={mid}
          stroke={GRID}
          strokeWidth="2"
          strokeDasharray="4 4"
        />
      )}
    </svg>
  );
}

function Axis({ scale }: { scale: EstimateScale }) {
  const last = scale.ticks.length - 1;
  return (
    <Box gridColumn={{ base: '1 / -1', md: '2' }}>
      <svg width="100%" height="18" style={{ overflow: 'visible', display: 'block' }}>
        {scale.ticks.map((tick, i) => (
          <text
            key={tick}
            x={`${scale.toPercent(tick)}%`}
            y="13"
            fontSize="11"
            fill="var(--chakra-colors-fg-muted)"
            textAnchor={i === 0 ? 'start' : i === last ? 'end' : 'middle'}
          >
            {formatReward(tick)}
          </text>
        ))}
      </svg>
    </Box>
  );
}
