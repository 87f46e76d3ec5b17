// The notification preferences form: filled from what is saved (the browser's time zone until
// the user first saves), checked before asking the API (quiet hours take both ends or neither;
// the cap is a whole number from 0 to 100), then sent as the API's input.
import type { UpdateNotificationPreferencesInput } from '../../gql/graphql.ts';

export const MAX_DAILY_EMAIL_CAP = 100;

export interface PreferencesFormValues {
  timeZone: string;
  quietStart: string;
  quietEnd: string;
  inApp: boolean;
  email: boolean;
  dailyEmailCap: string;
}

export interface SavedPreferences {
  timeZone: string;
  quietStart?: string | null;
  quietEnd?: string | null;
  inApp: boolean;
  email: boolean;
  dailyEmailCap: number;
  updatedAt?: string | null;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function formFromPreferences(
  saved: SavedPreferences,
  browserZone: string = browserTimeZone(),
): PreferencesFormValues {
  return {
    // Never saved: the server's default zone is a guess; the browser knows better.
    timeZone: saved.updatedAt ? saved.timeZone : browserZone,
    quietStart: saved.quietStart ?? '',
    quietEnd: saved.quietEnd ?? '',
    inApp: saved.inApp,
    email: saved.email,
    dailyEmailCap: String(saved.dailyEmailCap),
  };
}

export type CheckedPreferences =
  | { ok: true; input: UpdateNotificationPreferencesInput }
  | { ok: false; fieldErrors: Partial<Record<keyof PreferencesFormValues, string>> };

export function checkPreferencesForm(values: PreferencesFormValues): CheckedPreferences {
  const fieldErrors: Partial<Record<keyof PreferencesFormValues, string>> = {};
  const quietStart = values.quietStart.trim();
  const quietEnd = values.quietEnd.trim();
  if (quietStart && !quietEnd) {
    fieldErrors.quietEnd = 'Give an end too, or clear the start for no quiet hours.';
  } else if (quietEnd && !quietStart) {
    fieldErrors.quietStart = 'Give a start too, or clear the end for no quiet hours.';
  } else if (quietStart && quietStart === quietEnd) {
    fieldErrors.quietEnd = 'Quiet hours need an end different from their start.';
  }
  const capText = values.dailyEmailCap.trim();
  const cap = Number(capText);
  if (capText === '' || !Number.isInteger(cap) || cap < 0 || cap > MAX_DAILY_EMAIL_CAP) {
    fieldErrors.dailyEmailCap = `Enter a whole number from 0 to ${MAX_DAILY_EMAIL_CAP}.`;
  }
  if (!values.timeZone.trim()) fieldErrors.timeZone = 'Pick a time zone.';
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    input: {
      timeZone: values.timeZone.trim(),
      quietStart: quietStart || null,
      quietEnd: quietEnd || null,
      inApp: values.inApp,
      email: values.email,
      dailyEmailCap: cap,
    },
  };
}

/** The IANA zones this browser knows, the given ones included, sorted. */
export function timeZoneOptions(...include: string[]): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', ...include.filter(Boolean)])].sort((a, b) =>
    a.localeCompare(b),
  );
}

/** "Europe/Berlin (GMT+2)": the zone with its offset now, for the select. */
export function timeZoneLabel(zone: string, at: Date = new Date()): string {
  try {
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    return `${zone.replaceAll('_', ' ')}${offset ? ` (${offset})` : ''}`;
  } catch {
    return zone;
  }
}
