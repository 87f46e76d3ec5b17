// A candidate generator proposes actions of one kind for one user. Each is a SELECT over the
// shared views defined in fetch-candidates.ts (the user's open deals and activities, their stats)
// and its own tables, so every generator runs inside one statement: adding a generator adds no
// round trip. Connectors add theirs (e.g. "reply to this conversation") by registering one more.
//
// Every SELECT returns these columns, in this order:
//   key text           one per entity and kind: a tip for it is not offered twice while open
//   kind text          a CandidateKind
//   entity_type text, entity_id uuid   what the action is about (null for advice)
//   title text, detail text            what the user reads
//   priority float8    the generator's own urgency in [0, 1]: what the rules baseline ranks by
//   amount, probability, step_progress, days_in_step, staleness, days_overdue float8 (nullable)
// Parameters: $1 workspace id, $2 user id, $3 now.
import type { CandidateKind } from '../candidate-kinds.ts';

export interface CandidateGenerator {
  kind: CandidateKind;
  /** At most this many candidates of the kind, the most urgent first. */
  limit: number;
  select: string;
}

export const CANDIDATE_COLUMNS = `key, kind, entity_type, entity_id, title, detail, priority,
  amount, probability, step_progress, days_in_step, staleness, days_overdue`;

/** Columns a generator does not fill, for its select list. */
export const NO_DEAL_FEATURES = `null::float8 as amount, null::float8 as probability,
  null::float8 as step_progress, null::float8 as days_in_step, null::float8 as staleness`;
