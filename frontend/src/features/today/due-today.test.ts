import { describe, expect, it } from 'vitest';
import { dueByToday } from './due-today.ts';

const now = new Date(2026, 5, 3, 14, 30);
const local = (d: number, h: number) => new Date(2026, 5, d, h).toISOString();
const activity = (id: string, dueAt: string | null, kind = 'TASK') => ({
  id,
  dueAt,
  done: false,
  kind,
});

describe('what is due today', () => {
  it('keeps what is overdue or due by the end of today, overdue first', () => {
    const list = [
      activity('later-today', local(3, 17)),
      activity('tomorrow', local(4, 9)),
      activity('last-week', new Date(2026, 4, 27, 9).toISOString()),
      activity('this-morning', local(3, 9)),
      activity('undated', null),
    ];
    expect(dueByToday(list, now).map((a) => a.id)).toEqual([
      'last-week',
      'this-morning',
      'later-today',
    ]);
  });

  it('leaves notes out: they are not things to do', () => {
    expect(dueByToday([activity('note', local(3, 9), 'NOTE')], now)).toEqual([]);
  });
});
