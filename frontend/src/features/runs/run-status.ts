// Run statuses in words, and what each allows: an active run may be cancelled; only a failed run
// may be replayed (the API refuses the others). The status filter lives in the URL (?status=…).

export type RunStatus =
  'QUEUED' | 'RUNNING' | 'SLEEPING' | 'WAITING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

/** In the order the filter offers them: still going first, then how runs end. */
export const RUN_STATUSES: readonly RunStatus[] = [
  'QUEUED',
  'RUNNING',
  'SLEEPING',
  'WAITING',
  'COMPLETED',
  'FAILED',
  'CANCELLED',
];

const LABELS: Record<RunStatus, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  SLEEPING: 'Sleeping',
  WAITING: 'Waiting',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

const PALETTES: Record<RunStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  SLEEPING: 'purple',
  WAITING: 'purple',
  COMPLETED: 'green',
  FAILED: 'red',
  CANCELLED: 'orange',
};

export function runStatusLabel(status: RunStatus): string {
  return LABELS[status];
}

export function runStatusPalette(status: RunStatus): string {
  return PALETTES[status];
}

/** Not ended yet: queued, running, sleeping or waiting for an event. */
export function isActiveRun(status: RunStatus): boolean {
  return status !== 'COMPLETED' && status !== 'FAILED' && status !== 'CANCELLED';
}

export function canCancelRun(status: RunStatus): boolean {
  return isActiveRun(status);
}

export function canReplayRun(status: RunStatus): boolean {
  return status === 'FAILED';
}

/** Why a run offers no replay, for the ones that do not. */
export function whyNoReplay(status: RunStatus): string | undefined {
  if (canReplayRun(status)) return undefined;
  if (isActiveRun(status))
    return 'A run can be replayed once it has failed; this one has not ended.';
  return `Only failed runs can be replayed; this one ${status === 'COMPLETED' ? 'completed' : 'was cancelled'}.`;
}

/** `?status=failed,running` as statuses, in filter order, ignoring what is not a status. */
export function parseStatusFilter(param: string | null): RunStatus[] {
  if (!param) return [];
  const asked = new Set(param.split(',').map((part) => part.trim().toUpperCase()));
  return RUN_STATUSES.filter((status) => asked.has(status));
}

/** The URL parameter for statuses; empty for all. */
export function formatStatusFilter(statuses: readonly RunStatus[]): string {
  return RUN_STATUSES.filter((status) => statuses.includes(status))
    .map((status) => status.toLowerCase())
    .join(',');
}

/** The filter after pressing a status: added when it was off, taken out when it was on. */
export function toggleStatus(statuses: readonly RunStatus[], status: RunStatus): RunStatus[] {
  return statuses.includes(status)
    ? statuses.filter((s) => s !== status)
    : RUN_STATUSES.filter((s) => s === status || statuses.includes(s));
}
