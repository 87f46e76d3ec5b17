// Times, durations and JSON as the run pages show them.

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

/** "Mar 3, 2026, 2:03:04 PM"; the text as given when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** 120 → "120 ms", 1530 → "1.5 s", 65000 → "1 min 5 s", 3_720_000 → "1 h 2 min". */
export function formatDuration(ms: number): string {
  if (ms < 0 || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toString()} s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600) {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
  }
  const totalMinutes = Math.round(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
}

/** JSON as people read it: indented; `undefined` (absent) as "null". */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value ?? null, null, 2) ?? 'null';
}

export interface JsonPreview {
  text: string;
  /** The first lines, when the whole is too long to show at once. */
  preview: string | undefined;
  lineCount: number;
}

/** The JSON text, and a shorter preview when it has more than `maxLines` lines or is very wide. */
export function previewJson(value: unknown, maxLines = 8, maxChars = 800): JsonPreview {
  const text = toJsonText(value);
  const lines = text.split('\n');
  if (lines.length <= maxLines && text.length <= maxChars) {
    return { text, preview: undefined, lineCount: lines.length };
  }
  let preview = lines.slice(0, Math.min(lines.length, maxLines - 2)).join('\n');
  if (preview.length > maxChars) preview = preview.slice(0, maxChars);
  return { text, preview: `${preview}\n…`, lineCount: lines.length };
}
