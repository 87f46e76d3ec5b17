// The one enum the API names entity types with: the CRM records that activities, notes, custom
// fields and tips point at, activities themselves (tips about a task), and what moves through
// workflows (deals, leads, support tickets). Each operation checks which of them it accepts.
import { builder } from './builder.ts';

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'A kind of entity: a CRM record, an activity, or a support ticket.',
  values: {
    ACTIVITY: { value: 'activity' },
    DEAL: { value: 'deal' },
    LEAD: { value: 'lead' },
    ORGANIZATION: { value: 'organization' },
    PERSON: { value: 'person' },
    TICKET: { value: 'ticket' },
  } as const,
});

/** The internal (lowercase) value of an entity type, as stored in every `entity_type` column. */
export type EntityType = 'activity' | 'deal' | 'lead' | 'organization' | 'person' | 'ticket';
