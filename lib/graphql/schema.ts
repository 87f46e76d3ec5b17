// Joins every module's GraphQL types and fields into one schema.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './errors.ts';
import './scalars.ts';
import '../workspaces/schema.ts';
import '../crm/organizations/schema.ts';
import '../crm/people/schema.ts';
import '../wfm/schema.ts';

builder.queryType({ authScopes: { signedIn: true } });
builder.mutationType({ authScopes: { signedIn: true } });

export const schema = lexicographicSortSchema(builder.toSchema());
