// Which open activities belong on Today: those due by the end of the local day, overdue first
// (earliest due first), and the ones just ticked off kept in place until the page reloads.

export interface DueActivity {
  id: string;
  dueAt?: string | null;
  done: boolean;
  kind: string;
}

export function endOfLocalDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

export function dueByToday<T extends DueActivity>(activities: readonly T[], now: Date): T[] {
  const end = endOfLocalDay(now).getTime();
  return activities
    .filter((a) => a.kind !== 'NOTE' && a.dueAt && Date.parse(a.dueAt) <= end)
    .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
}

/** "Overdue since Mon 1 Jun" or "Due 14:00". */
export function describeDue(dueAt: string, now: Date, locale?: string): string {
  const due = new Date(dueAt);
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(due);
  if (due.getTime() >= startOfToday.getTime()) {
    return due.getTime() < now.getTime() ? `Overdue since ${time}` : `Due ${time}`;
  }
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(due);
  return `Overdue since ${day}`;
}
