// GraphQL run inspection: automationRuns and automationRun, each run with its steps and a
// timeline, and the cancel and replay mutations.
import { z } from 'zod';
import { connectionNames } from '../../graphql/connections.ts';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { bindZodSchema, zodInput } from '../../graphql/zod-input.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import {
  cancelRun,
  encodeRunCursor,
  listRuns,
  loadRuns,
  loadStepsOfRuns,
  replayRun,
  RunFilter,
  RunIdInput,
  RunStatusSchema,
  runRefusal,
  type RunStatus,
  type RunStepRow,
  type RunSummary,
} from './service.ts';

const RunStatusEnum = builder.enumType('AutomationRunStatus', {
  values: Object.fromEntries(
    RunStatusSchema.options.map((s) => [s.toUpperCase(), { value: s }]),
  ) as Record<Uppercase<RunStatus>, { value: RunStatus }>,
});

bindZodSchema(RunStatusSchema, RunStatusEnum);

type SerializedError = { name?: string; message?: string; stack?: string };

const RunErrorRef = builder.objectRef<SerializedError>('AutomationError').implement({
  fields: (t) => ({
    name: t.string({ resolve: (e) => e.name ?? 'Error' }),
    message: t.string({ resolve: (e) => e.message ?? '' }),
    stack: t.string({ nullable: true, resolve: (e) => e.stack ?? null }),
  }),
});

const RunEventRef = builder.objectRef<Record<string, unknown>>('AutomationEvent').implement({
  description: 'The event that triggered a run.',
  fields: (t) => ({
    id: t.string({ resolve: (e) => String(e.id ?? '') }),
    name: t.string({ resolve: (e) => String(e.name ?? '') }),
    data: t.field({ type: 'JSON', resolve: (e) => e.data ?? null }),
    ts: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (e) => (typeof e.ts === 'number' ? new Date(e.ts) : null),
    }),
  }),
});

const ms = (from: Date | null, to: Date | null) =>
  from && to ? new Date(to).getTime() - new Date(from).getTime() : null;

const RunStepRef = builder.objectRef<RunStepRow>('AutomationRunStep').implement({
  fields: (t) => ({
    id: t.exposeString('stepId', { description: 'The step hash the SDK uses.' }),
    name: t.exposeString('name'),
    op: t.exposeString('op', { description: 'StepRun, Sleep, WaitForEvent, InvokeFunction, …' }),
    status: t.exposeString('status'),
    attempts: t.exposeInt('attempts'),
    output: t.field({
      type: 'JSON',
      nullable: true,
      resolve: (s) =>
        s.memo && typeof s.memo === 'object' && 'data' in s.memo
          ? (s.memo as { data: unknown }).data
          : (s.memo ?? null),
    }),
    error: t.field({
      type: RunErrorRef,
      nullable: true,
      resolve: (s) =>
        (s.memo && typeof s.memo === 'object' && 'error' in s.memo
          ? (s.memo as { error: SerializedError }).error
          : null) ?? s.lastError,
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true }),
    durationMs: t.float({ nullable: true, resolve: (s) => ms(s.startedAt, s.endedAt) }),
  }),
});

interface TimelineEntry {
  at: Date;
  label: string;
}

const RunTimelineEntryRef = builder
  .objectRef<TimelineEntry>('AutomationRunTimelineEntry')
  .implement({
    fields: (t) => ({
      at: t.expose('at', { type: 'DateTime' }),
      label: t.exposeString('label'),
    }),
  });

export const RunRef = builder.loadableObjectRef<RunSummary, string>('AutomationRun', {
  load: (ids: string[], ctx) => loadRuns(serviceContext(ctx), ids),
  sort: (r) => r.id,
});

RunRef.implement({
  description: 'One run of a durable function, as the executor recorded it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId', { nullable: true }),
    functionId: t.exposeString('functionId'),
    functionName: t.exposeString('functionName'),
    triggerEvent: t.field({ type: RunEventRef, resolve: (r) => r.event }),
    status: t.field({ type: RunStatusEnum, resolve: (r) => r.status }),
    attempts: t.int({
      description: 'Calls of the function that failed and were retried, plus one.',
      resolve: (r) => r.attempt + 1,
    }),
    output: t.field({ type: 'JSON', nullable: true, resolve: (r) => r.output ?? null }),
    error: t.field({ type: RunErrorRef, nullable: true, resolve: (r) => r.error }),
    replayOf: t.exposeID('replayOf', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true }),
    durationMs: t.float({
      nullable: true,
      resolve: (r) => ms(r.startedAt ?? r.createdAt, r.endedAt),
    }),
    steps: t.loadableGroup({
      type: RunStepRef,
      load: (ids: string[], ctx) => loadStepsOfRuns(serviceContext(ctx), ids),
      group: (s) => s.runId,
      resolve: (r) => r.id,
    }),
    timeline: t.loadableList({
      type: RunTimelineEntryRef,
      description: 'What happened, in order: queued, each step, and the end.',
      load: async (ids: string[], ctx) => {
        const steps = await loadStepsOfRuns(serviceContext(ctx), ids);
        const runs = await loadRuns(serviceContext(ctx), ids);
        return ids.map((id) => {
          const run = runs.find((r) => r.id === id);
          if (!run) return [];
          const entries: TimelineEntry[] = [
            { at: run.createdAt, label: `Triggered by ${run.eventName}` },
          ];
          for (const s of steps.filter((st) => st.runId === id)) {
            entries.push({ at: s.startedAt, label: `${s.name}: ${s.op}` });
            if (s.endedAt)
              entries.push({
                at: s.endedAt,
                label: `${s.name}: ${s.status} after ${s.attempts} attempt(s)`,
              });
          }
          if (run.endedAt) entries.push({ at: run.endedAt, label: `Run ${run.status}` });
          return entries.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
        });
      },
      resolve: (r) => r.id,
    }),
  }),
});

const RunFilterRef = zodInput('AutomationRunFilter', RunFilter);

builder.queryField('automationRuns', (t) =>
  t.connection(
    {
      type: RunRef,
      description: "A workspace's durable function runs, newest first.",
      args: {
        workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
        filter: t.arg({ type: RunFilterRef }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before != null)
          throw ValidationError.forField(['last'], 'runs page forwards only');
        const first = args.first ?? 20;
        if (first < 0 || first > 100)
          throw ValidationError.forField(['first'], 'must be between 0 and 100');
        const rows = await listRuns(serviceContext(ctx), {
          workspaceId: String(args.workspaceId),
          statuses: args.filter?.statuses,
          functionId: args.filter?.functionId,
          after: args.after,
          limit: first + 1,
        });
        const page = rows.slice(0, first);
        return {
          edges: page.map((run) => ({ cursor: encodeRunCursor(run), node: run })),
          pageInfo: {
            hasNextPage: rows.length > first,
            hasPreviousPage: Boolean(args.after),
            startCursor: page[0] ? encodeRunCursor(page[0]) : null,
            endCursor: page.at(-1) ? encodeRunCursor(page.at(-1)!) : null,
          },
        };
      },
    },
    ...connectionNames('AutomationRun', false),
  ),
);

builder.queryField('automationRun', (t) =>
  t.field({
    type: RunRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

// One input type for both controls, named for the run rather than for either mutation.
const RunIdInputRef = zodInput('AutomationRunInput', RunIdInput);

defineMutations(
  RunRef,
  'run',
  {
    cancelAutomationRun: [RunIdInputRef, cancelRun.run],
    replayAutomationRun: [RunIdInputRef, replayRun.run],
  },
  { refusal: runRefusal },
);
