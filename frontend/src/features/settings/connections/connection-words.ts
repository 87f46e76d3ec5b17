// How connections read in Settings.
import type { ConnectionStatus } from '../../../gql/graphql.ts';

export const STATUS_LABELS: Readonly<Record<ConnectionStatus, string>> = {
  CONNECTED: 'Connected',
  SYNCING: 'Syncing',
  ERROR: 'Error',
  DISABLED: 'Disabled',
};

export const STATUS_COLORS: Readonly<Record<ConnectionStatus, string>> = {
  CONNECTED: 'green',
  SYNCING: 'blue',
  ERROR: 'red',
  DISABLED: 'gray',
};

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The settings worth showing back (never secrets: those are not in `settings` at all). */
export function describeSettings(settings: Readonly<Record<string, unknown>>): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(settings)) {
    if (value === null || value === undefined || value === '') continue;
    const shown = Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
    if (shown) lines.push(`${key}: ${shown}`);
  }
  return lines;
}
