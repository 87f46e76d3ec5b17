import { z } from 'zod';
import { ChannelSchema } from '../../conversations/message.ts';

const Name = z.string().trim().min(1, 'is required').max(200);
/** What the kind's connector checks with its own schemas (connector.credentials / settings). */
const Json = z.record(z.string(), z.unknown());

export const ConnectionKind = ChannelSchema.meta({ id: 'ConnectionKind' });

export const CreateConnectionInput = z.object({
  workspaceId: z.uuid(),
  kind: ConnectionKind,
  name: Name,
  credentials: Json.describe('Tokens and secrets: sealed in the vault, never returned.'),
  settings: Json.optional(),
  private: z.boolean().optional().describe('Its conversations are visible to its owner only.'),
});

export const UpdateConnectionInput = z.object({
  id: z.uuid(),
  name: Name.optional(),
  settings: Json.optional(),
  syncIntervalSeconds: z.number().int().min(30).max(86_400).optional(),
  private: z.boolean().optional(),
  disabled: z
    .boolean()
    .optional()
    .describe('A disabled connection neither pulls nor accepts webhooks.'),
});

export const UpdateConnectionCredentialsInput = z.object({ id: z.uuid(), credentials: Json });

export const ConnectionIdInput = z.object({ id: z.uuid() });

export const ReplayDeadLetterInput = z.object({ id: z.uuid() });
