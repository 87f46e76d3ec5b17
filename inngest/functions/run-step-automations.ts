// Automation rules configured on workflow steps: on entering a step, create the tasks its
// metadata lists, e.g. {"onEnter": {"tasks": [{"title": "Send proposal", "dueInDays": 2}]}}.
import { ensureSystemActivity } from '../../lib/crm/activities/system-activities.ts';
import { loadSteps } from '../../lib/wfm/definitions.ts';
import { StepRules } from '../../lib/wfm/step-automation-rules.ts';
import { SYSTEM_USER_ID } from '../../lib/db/port.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

const LINKABLE = ['deal', 'lead', 'organization', 'person'] as const;

export const runStepAutomations = (inngest: WaymarkInngest, { db }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'run-step-automations',
      name: 'Run workflow step automations',
      triggers: [{ event: events['wfm/status.changed'] }],
    },
    async ({ event, step }) => {
      const { data } = event;
      const tasks = await step.run('read-step-rules', async () => {
        const [stepRow] = await db.asService((tx) =>
          loadSteps({ tx, userId: SYSTEM_USER_ID }, [data.toStepId]),
        );
        const rules = StepRules.safeParse(stepRow?.metadata ?? {});
        return rules.success ? (rules.data.onEnter?.tasks ?? []) : [];
      });
      if (tasks.length === 0) return { created: 0 };
      const linkable = (LINKABLE as readonly string[]).includes(data.entityType);
      const created = await step.run('create-tasks', () =>
        db.asService(async (tx) => {
          const ids: string[] = [];
          for (const [index, task] of tasks.entries()) {
            const { id } = await ensureSystemActivity(tx, {
              workspaceId: data.workspaceId,
              kind: 'task',
              title: task.title,
              dueAt:
                task.dueInDays === undefined
                  ? null
                  : new Date(Date.now() + task.dueInDays * 86_400_000).toISOString(),
              assigneeId: data.actorId === SYSTEM_USER_ID ? null : data.actorId,
              entityType: linkable ? (data.entityType as (typeof LINKABLE)[number]) : null,
              entityId: linkable ? data.entityId : null,
              automation: 'run-step-automations',
              idempotencyKey: `step-automation:${event.id}:${index}`,
            });
            ids.push(id);
          }
          return ids;
        }),
      );
      return { created: created.length };
    },
  );
