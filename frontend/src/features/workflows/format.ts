// Dates, percentages and days as the workflow pages show them.
import type { EntityType } from '../../gql/graphql.ts';

const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** "Mar 3, 2026"; the text as given when it is not a date. */
export function formatDate(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : date.format(value);
}

/** 0.35 as "35%", 0.333 as "33.3%". */
export function formatProbability(probability: number): string {
  return `${Math.round(probability * 1000) / 10}%`;
}

/** 7 as "7 days", 1 as "1 day", 2.5 as "2.5 days". */
export function formatDwell(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** DEAL as "deals", for what moves through a workflow. */
export function pluralRecords(entityType: EntityType): string {
  const noun = entityType.toLowerCase();
  return noun.endsWith('s') ? noun : `${noun}s`;
}
