import { describe, expect, it } from 'vitest';
import {
  canCancelRun,
  canReplayRun,
  formatStatusFilter,
  parseStatusFilter,
  toggleStatus,
  whyNoReplay,
} from './run-status.ts';

describe('the runs status filter', () => {
  it('reads statuses from the URL in filter order, whatever their case, ignoring unknown ones', () => {
    expect(parseStatusFilter('failed,Running,bogus')).toEqual(['RUNNING', 'FAILED']);
    expect(parseStatusFilter(null)).toEqual([]);
    expect(parseStatusFilter('')).toEqual([]);
  });

  it('writes statuses back in lowercase, in filter order', () => {
    expect(formatStatusFilter(['FAILED', 'QUEUED'])).toBe('queued,failed');
    expect(formatStatusFilter([])).toBe('');
  });

  it('adds a status that was off and takes out one that was on', () => {
    expect(toggleStatus(['FAILED'], 'RUNNING')).toEqual(['RUNNING', 'FAILED']);
    expect(toggleStatus(['RUNNING', 'FAILED'], 'FAILED')).toEqual(['RUNNING']);
  });
});

describe('what a run allows', () => {
  it('cancels only runs that have not ended', () => {
    for (const status of ['QUEUED', 'RUNNING', 'SLEEPING', 'WAITING'] as const) {
      expect(canCancelRun(status)).toBe(true);
    }
    for (const status of ['COMPLETED', 'FAILED', 'CANCELLED'] as const) {
      expect(canCancelRun(status)).toBe(false);
    }
  });

  it('replays only failed runs, as the API does, and says why not for the others', () => {
    expect(canReplayRun('FAILED')).toBe(true);
    expect(whyNoReplay('FAILED')).toBeUndefined();
    expect(canReplayRun('COMPLETED')).toBe(false);
    expect(whyNoReplay('COMPLETED')).toBe('Only failed runs can be replayed; this one completed.');
    expect(whyNoReplay('CANCELLED')).toBe(
      'Only failed runs can be replayed; this one was cancelled.',
    );
    expect(whyNoReplay('RUNNING')).toMatch(/has not ended/);
  });
});
