// Joins every module's GraphQL types and fields into one schema.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './errors.ts';
import './scalars.ts';
import '../workspaces/schema.ts';
import '../crm/organizations/schema.ts';
import '../crm/people/schema.ts';
import '../crm/custom-fields/schema.ts';
import '../crm/activities/schema.ts';
import '../crm/notes/schema.ts';
import '../crm/timeline/schema.ts';
import '../wfm/schema.ts';
import '../automation/inspection/schema.ts';
import '../wfm/editing-schema.ts';
import '../wfm/learning-schema.ts';
import '../crm/deals/schema.ts';
import '../crm/pipeline/schema.ts';
import '../crm/leads/schema.ts';
import '../notifier/schema.ts';
import '../recommender/schema.ts';
import '../recommender/tip-added-schema.ts';
import '../integrations/schema.ts';
import '../conversations/schema.ts';

builder.queryType({ authScopes: { signedIn: true } });
builder.mutationType({ authScopes: { signedIn: true } });
builder.subscriptionType({ authScopes: { signedIn: true } });

export const schema = lexicographicSortSchema(builder.toSchema());
