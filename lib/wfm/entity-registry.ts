// The entity types that move through workflows. The engine is generic: a module registers its
// entity type (deal, lead, …) with how to read it and what to do after a move, and the one
// moveToStep operation serves them all. The wfm module never imports the modules that use it.
import type { Tx } from '../db/port.ts';
import type { EventName } from '../events/registry.ts';

export interface StepReached {
  id: string;
  key: string;
  defaultProbability: number;
  category: 'open' | 'won' | 'lost' | 'done';
}

export interface WorkflowEntity {
  entityType: string;
  /** How errors name it: 'Deal'. */
  label: string;
  /**
   * The live entity's fields guards may require (camelCase and snake_case both work in
   * transitions' required_fields), or undefined when it is deleted or not the caller's to see.
   */
  loadFields(tx: Tx, id: string): Promise<Record<string, unknown> | undefined>;
  /** Runs after every move, in the same transaction: e.g. the deal takes the step's probability. */
  onStepReached?(tx: Tx, id: string, step: StepReached): Promise<void>;
  /** The entity's own stage-change event, emitted beside wfm/status.changed. */
  stageChangedEvent?: { name: EventName; idField: string };
}

const entities = new Map<string, WorkflowEntity>();

export function registerWorkflowEntity(entity: WorkflowEntity): void {
  entities.set(entity.entityType, entity);
}

export function workflowEntity(entityType: string): WorkflowEntity | undefined {
  return entities.get(entityType);
}
