import { z } from 'zod';
import { CrmEntityTypeSchema } from '../records/linked-records.ts';

export const TimelineInput = z.object({ entityType: CrmEntityTypeSchema, entityId: z.uuid() });
