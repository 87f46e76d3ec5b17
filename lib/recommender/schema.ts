// GraphQL for tips: the open tip, asking for the next one, the list, answering, explaining, and the policies' report and
// promotion. The live subscription sits in tip-added-schema.ts.
import { z } from 'zod';
import { builder } from '../graphql/builder.ts';
import { type EntityType, EntityTypeEnum } from '../graphql/entity-type.ts';
import { serviceContext } from '../graphql/context.ts';
import { defineMutations } from '../graphql/mutations.ts';
import { bindZodSchema } from '../graphql/zod-input.ts';
import { ErrorInterface } from '../graphql/errors.ts';
import { CANDIDATE_KINDS, type CandidateKind } from './candidate-kinds.ts';
import { REACTIONS } from '../events/recommender.ts';
import type { PolicyEvaluation, PolicyReport } from './evaluation/policy-report.ts';
import { policyReport } from './evaluation/policy-report.ts';
import { PolicyNameSchema, promotePolicy } from './evaluation/promote-policy.ts';
import type { EstimateWithInterval as Estimate } from './ope/estimators.ts';
import { POLICY_NAMES, type PolicyName } from './policies/types.ts';
import { AlreadyDecidedError } from './tips/errors.ts';
import { TIP_STATUSES, TipReaction } from './tips/inputs.ts';
import {
  explainTip,
  findOpenTip,
  giveTipFeedback,
  listTips,
  requestNextTip,
  type Tip,
  type TipDecision,
  type TipExplanation,
} from './tips/service.ts';

const upperValues = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(
    values.map((v) => [v.toUpperCase().replaceAll('-', '_'), { value: v }]),
  ) as Record<string, { value: T }>;

export const TipKindEnum = builder.enumType('TipKind', { values: upperValues(CANDIDATE_KINDS) });
const TipStatusEnum = builder.enumType('TipStatus', { values: upperValues(TIP_STATUSES) });
const TipReactionEnum = builder.enumType('TipReaction', { values: REACTIONS });
const PolicyNameEnum = builder.enumType('PolicyName', { values: upperValues(POLICY_NAMES) });

bindZodSchema(TipReaction, TipReactionEnum);
bindZodSchema(PolicyNameSchema, PolicyNameEnum);

export const TipRef = builder.objectRef<Tip>('Tip').implement({
  description: 'A suggested next action for its user, decided by the workspace’s live policy.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    kind: t.field({ type: TipKindEnum, resolve: (tip) => tip.kind as CandidateKind }),
    title: t.exposeString('title'),
    detail: t.exposeString('detail'),
    entityType: t.field({
      type: EntityTypeEnum,
      nullable: true,
      description: 'DEAL, LEAD, ORGANIZATION, PERSON or ACTIVITY; null for advice.',
      // The column's check allows exactly those five.
      resolve: (tip) => tip.entityType as EntityType | null,
    }),
    entityId: t.exposeID('entityId', { nullable: true }),
    status: t.field({ type: TipStatusEnum, resolve: (tip) => tip.status }),
    policy: t.field({ type: PolicyNameEnum, resolve: (tip) => tip.policy as PolicyName }),
    propensity: t.exposeFloat('propensity', {
      description: 'The probability the policy gave this tip when it chose it.',
    }),
    reason: t.exposeString('reason', { nullable: true }),
    snoozedUntil: t.expose('snoozedUntil', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.objectType(AlreadyDecidedError, {
  name: 'AlreadyDecidedError',
  description: 'The tip was answered before; `status` is the answer it has.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AlreadyDecidedError,
  fields: (t) => ({
    tipId: t.exposeID('tipId'),
    status: t.field({ type: TipStatusEnum, resolve: (e) => e.status }),
  }),
});

const FeatureContributionRef = builder
  .objectRef<TipExplanation['topFeatures'][number]>('FeatureContribution')
  .implement({
    fields: (t) => ({
      feature: t.exposeString('feature'),
      value: t.exposeFloat('value', { description: 'The feature’s value for this tip.' }),
      contribution: t.exposeFloat('contribution', {
        description: 'Its share of the policy’s score for this tip.',
      }),
    }),
  });

const ShadowPickRef = builder.objectRef<TipExplanation['shadows'][number]>('ShadowPick').implement({
  description: 'What a shadow policy would have suggested at the same moment.',
  fields: (t) => ({
    policy: t.field({ type: PolicyNameEnum, resolve: (s) => s.policy as PolicyName }),
    title: t.exposeString('title'),
    kind: t.field({ type: TipKindEnum, resolve: (s) => s.kind as CandidateKind }),
    propensity: t.exposeFloat('propensity', { description: 'Its probability of its own pick.' }),
    probabilityOfChosen: t.exposeFloat('probabilityOfChosen', {
      description: 'Its probability of the tip actually shown.',
    }),
    agreesWithLive: t.exposeBoolean('agreesWithLive'),
  }),
});

const TipExplanationRef = builder.objectRef<TipExplanation>('TipExplanation').implement({
  description: 'Why this tip: the policy, the features that weighed most, what the shadows chose.',
  fields: (t) => ({
    tip: t.field({ type: TipRef, resolve: (e) => e.tip }),
    policy: t.field({ type: PolicyNameEnum, resolve: (e) => e.tip.policy as PolicyName }),
    propensity: t.float({ resolve: (e) => e.tip.propensity }),
    candidateCount: t.exposeInt('candidateCount', {
      description: 'How many candidate actions the policy chose among.',
    }),
    priority: t.exposeFloat('priority', {
      nullable: true,
      description:
        'How urgent the generator rated this action (0–1): what the rules baseline ranks by.',
    }),
    topFeatures: t.field({
      type: [FeatureContributionRef],
      description: 'The features that weighed most in a learned policy’s score (none for rules).',
      resolve: (e) => e.topFeatures,
    }),
    shadows: t.field({ type: [ShadowPickRef], resolve: (e) => e.shadows }),
  }),
});

const EstimateRef = builder.objectRef<Estimate>('PolicyEstimate').implement({
  description: 'An estimated mean reward per tip, with its bootstrap 95% interval.',
  fields: (t) => ({
    estimate: t.exposeFloat('estimate'),
    low: t.float({ resolve: (e) => e.ci[0] }),
    high: t.float({ resolve: (e) => e.ci[1] }),
  }),
});

const PolicyEvaluationRef = builder.objectRef<PolicyEvaluation>('PolicyEvaluation').implement({
  fields: (t) => ({
    name: t.field({ type: PolicyNameEnum, resolve: (p) => p.name }),
    live: t.boolean({ resolve: (p) => p.role === 'live' }),
    updates: t.exposeInt('updates', { description: 'Rewards it has learned from.' }),
    sampleSize: t.exposeInt('sampleSize'),
    effectiveSampleSize: t.exposeFloat('effectiveSampleSize', {
      description: 'How many tips the importance weights are worth: low means a loose estimate.',
    }),
    ips: t.field({ type: EstimateRef, nullable: true, resolve: (p) => p.ips }),
    snips: t.field({ type: EstimateRef, nullable: true, resolve: (p) => p.snips }),
    dm: t.field({ type: EstimateRef, nullable: true, resolve: (p) => p.dm }),
    dr: t.field({ type: EstimateRef, nullable: true, resolve: (p) => p.dr }),
  }),
});

const PolicyReportRef = builder.objectRef<PolicyReport>('PolicyReport').implement({
  description:
    'Off-policy estimates of every policy’s mean reward per tip, from the workspace’s answered tips.',
  fields: (t) => ({
    workspaceId: t.exposeID('workspaceId'),
    livePolicy: t.field({ type: PolicyNameEnum, resolve: (r) => r.livePolicy }),
    answeredTips: t.exposeInt('answeredTips'),
    observedReward: t.exposeFloat('observedReward', { nullable: true }),
    policies: t.field({ type: [PolicyEvaluationRef], resolve: (r) => r.policies }),
  }),
});

builder.queryField('nextTip', (t) =>
  t.field({
    type: TipRef,
    nullable: true,
    description:
      'Your newest open tip; null when none is open. It never decides one: requestNextTip does.',
    args: { workspaceId: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, args, ctx) => findOpenTip(serviceContext(ctx), String(args.workspaceId)),
  }),
);

builder.queryField('tips', (t) =>
  t.field({
    type: [TipRef],
    description: 'Your tips in a workspace, newest first.',
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      statuses: t.arg({ type: [TipStatusEnum] }),
      first: t.arg.int({ defaultValue: 20, description: 'At most 100.' }),
    },
    resolve: (_root, args, ctx) =>
      listTips(serviceContext(ctx), {
        workspaceId: String(args.workspaceId),
        statuses: args.statuses,
        first: args.first,
      }),
  }),
);

builder.queryField('explainTip', (t) =>
  t.field({
    type: TipExplanationRef,
    description: 'Why this tip was suggested. Another user’s tip answers as not found.',
    args: { tipId: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, args, ctx) => explainTip(serviceContext(ctx), String(args.tipId)),
  }),
);

builder.queryField('policyReport', (t) =>
  t.field({
    type: PolicyReportRef,
    args: { workspaceId: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, args, ctx) => policyReport(serviceContext(ctx), String(args.workspaceId)),
  }),
);

const TipDecisionRef = builder.objectRef<TipDecision>('TipDecision').implement({
  description: 'The tip to show next: your open tip, or one decided for the request.',
  fields: (t) => ({
    tip: t.field({
      type: TipRef,
      nullable: true,
      description: 'Null when nothing is worth suggesting.',
      resolve: (d) => d.tip,
    }),
  }),
});

// A mutation, not a query: when no tip is open it decides one, records it and announces it.
defineMutations(TipDecisionRef, 'decision', {
  requestNextTip,
});

defineMutations(TipRef, 'tip', { giveTipFeedback }, { errors: [AlreadyDecidedError] });

defineMutations(PolicyReportRef, 'report', { promotePolicy });
