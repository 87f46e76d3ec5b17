// Custom field definitions and the validation of values against them on every write.
// (Being implemented: the signature below is what record services call.)
import type { ServiceContext } from '../../db/service-context.ts';

export type CustomFieldEntityType = 'deal' | 'lead' | 'organization' | 'person';

/**
 * Checks a record's custom field values against its workspace's definitions for the entity
 * type; throws ValidationError naming ['input', 'customFields', key] for each bad value.
 * `values` undefined (an update that leaves them alone) is always fine.
 */
export async function validateCustomFields(
  _ctx: ServiceContext,
  _args: {
    workspaceId: string;
    entityType: CustomFieldEntityType;
    values: Record<string, unknown> | undefined;
    mode: 'create' | 'update';
  },
): Promise<void> {}
