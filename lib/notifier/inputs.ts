// What people may send the notifier: their preferences (only what is given changes) and how
// much of their delivery log to list.
import { z } from 'zod';
import { isTimeZone } from './zoned-time.ts';

export const MAX_DAILY_EMAIL_CAP = 100;

const TimeZone = z
  .string()
  .trim()
  .min(1, { error: 'is required', abort: true })
  .max(64, { abort: true })
  .refine(isTimeZone, 'is not a known IANA time zone, e.g. Europe/Berlin');

const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM, e.g. 22:00');

export const UpdatePreferencesInput = z
  .object({
    timeZone: TimeZone.optional().describe('IANA time zone, e.g. Europe/Berlin.'),
    quietStart: TimeOfDay.nullish().describe(
      'HH:MM; give with quietEnd. Both null: no quiet hours.',
    ),
    quietEnd: TimeOfDay.nullish().describe('HH:MM; before quietStart means across midnight.'),
    inApp: z.boolean().optional(),
    email: z.boolean().optional(),
    dailyEmailCap: z
      .int()
      .min(0)
      .max(MAX_DAILY_EMAIL_CAP)
      .optional()
      .describe(`0 to ${MAX_DAILY_EMAIL_CAP}.`),
  })
  .describe('Only what is given changes.')
  .superRefine((input, ctx) => {
    // Quiet hours are a window: set both ends, clear both with null, or leave both out. The end
    // that says less (left out < null < a time) is the one at fault.
    const { quietStart, quietEnd } = input;
    const says = (end: string | null | undefined) => (end === undefined ? 0 : end === null ? 1 : 2);
    if (says(quietStart) !== says(quietEnd)) {
      const missing = says(quietStart) < says(quietEnd) ? 'quietStart' : 'quietEnd';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with the other' });
    } else if (quietStart && quietStart === quietEnd) {
      ctx.addIssue({ code: 'custom', path: ['quietEnd'], message: 'must differ from quietStart' });
    }
  });
export type UpdatePreferencesValues = z.output<typeof UpdatePreferencesInput>;

export const DEFAULT_DELIVERIES_PAGE = 20;

export const ListDeliveriesInput = z.object({
  first: z.int().min(1).max(100).nullish(),
});
