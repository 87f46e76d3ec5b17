// The workspace's policies and their learned state, for a decision. Parsing a learned state is
// the costliest CPU of a decision, so parsed states are kept in memory by version: the statement
// ships a state only when the version it knows is stale.
import type { Tx } from '../../db/port.ts';
import { NotFoundError } from '../../errors/app-errors.ts';
import { DIMS } from '../context/feature-layout.ts';
import { KIND_COUNT } from '../candidate-kinds.ts';
import { getPolicy } from '../policies/registry.ts';
import type { Policy, PolicyName } from '../policies/types.ts';

export interface LoadedPolicy {
  name: PolicyName;
  policy: Policy<unknown>;
  state: unknown;
  version: number;
}

export interface WorkspacePolicies {
  live: LoadedPolicy;
  shadows: LoadedPolicy[];
}

const MAX_CACHED_WORKSPACES = 500;
const cache = new Map<string, Map<PolicyName, { version: number; state: unknown }>>();

export function parsePolicyState(name: PolicyName, json: unknown): unknown {
  const policy = getPolicy(name);
  return json == null
    ? policy.initialState(KIND_COUNT, DIMS)
    : policy.fromJSON(json, KIND_COUNT, DIMS);
}

export async function loadPolicies(tx: Tx, workspaceId: string): Promise<WorkspacePolicies> {
  const known = cache.get(workspaceId);
  const knownVersions = known ? Object.fromEntries([...known].map(([n, s]) => [n, s.version])) : {};
  const rows = await tx.query<{ name: PolicyName; role: string; version: number; state: unknown }>(
    `select name, role, version,
            case when version = coalesce(($2::jsonb ->> name)::int, -1) then null else state end as state
       from recommender.policies where workspace_id = $1
      order by name`,
    [workspaceId, JSON.stringify(knownVersions)],
  );
  const fresh = new Map<PolicyName, { version: number; state: unknown }>();
  let live: LoadedPolicy | undefined;
  const shadows: LoadedPolicy[] = [];
  for (const row of rows) {
    const cached = known?.get(row.name);
    const entry =
      cached && cached.version === row.version
        ? cached
        : { version: row.version, state: parsePolicyState(row.name, row.state) };
    fresh.set(row.name, entry);
    const loaded = { name: row.name, policy: getPolicy(row.name), ...entry };
    if (row.role === 'live') live = loaded;
    else shadows.push(loaded);
  }
  // Every workspace has a live policy from its creation on (promotions are atomic), so none
  // visible means the workspace is not the caller's: the same answer as any other lookup.
  if (!live) throw new NotFoundError('Workspace');
  remember(workspaceId, fresh);
  return { live, shadows };
}

function remember(
  workspaceId: string,
  states: Map<PolicyName, { version: number; state: unknown }>,
) {
  cache.delete(workspaceId);
  cache.set(workspaceId, states);
  if (cache.size > MAX_CACHED_WORKSPACES) cache.delete(cache.keys().next().value!);
}
