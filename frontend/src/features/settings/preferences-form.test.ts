import { describe, expect, it } from 'vitest';
import {
  checkPreferencesForm,
  formFromPreferences,
  type PreferencesFormValues,
  timeZoneLabel,
  timeZoneOptions,
} from './preferences-form.ts';

const defaults = {
  timeZone: 'UTC',
  quietStart: null,
  quietEnd: null,
  inApp: true,
  email: true,
  dailyEmailCap: 20,
  updatedAt: null,
};

const form = (overrides: Partial<PreferencesFormValues> = {}): PreferencesFormValues => ({
  timeZone: 'Europe/Berlin',
  quietStart: '',
  quietEnd: '',
  inApp: true,
  email: true,
  dailyEmailCap: '20',
  ...overrides,
});

describe('the notification preferences form', () => {
  it('starts from the browser’s time zone until the preferences are first saved', () => {
    expect(formFromPreferences(defaults, 'Europe/Berlin').timeZone).toBe('Europe/Berlin');
    expect(
      formFromPreferences(
        { ...defaults, timeZone: 'Asia/Tokyo', updatedAt: '2026-06-01T00:00:00Z' },
        'Europe/Berlin',
      ).timeZone,
    ).toBe('Asia/Tokyo');
  });

  it('sends quiet hours as both times, or both null for none', () => {
    expect(checkPreferencesForm(form({ quietStart: '22:00', quietEnd: '07:00' }))).toEqual({
      ok: true,
      input: {
        timeZone: 'Europe/Berlin',
        quietStart: '22:00',
        quietEnd: '07:00',
        inApp: true,
        email: true,
        dailyEmailCap: 20,
      },
    });
    expect(checkPreferencesForm(form())).toMatchObject({
      ok: true,
      input: { quietStart: null, quietEnd: null },
    });
  });

  it('asks for the missing end of quiet hours, next to it', () => {
    expect(checkPreferencesForm(form({ quietStart: '22:00' }))).toEqual({
      ok: false,
      fieldErrors: { quietEnd: 'Give an end too, or clear the start for no quiet hours.' },
    });
    expect(checkPreferencesForm(form({ quietEnd: '07:00' }))).toMatchObject({
      fieldErrors: { quietStart: 'Give a start too, or clear the end for no quiet hours.' },
    });
  });

  it('refuses quiet hours that start and end at the same time', () => {
    expect(checkPreferencesForm(form({ quietStart: '22:00', quietEnd: '22:00' }))).toMatchObject({
      fieldErrors: { quietEnd: 'Quiet hours need an end different from their start.' },
    });
  });

  it('takes a daily email cap from 0 to 100, whole', () => {
    for (const bad of ['', '-1', '101', '2.5', 'lots']) {
      expect(checkPreferencesForm(form({ dailyEmailCap: bad }))).toMatchObject({
        fieldErrors: { dailyEmailCap: 'Enter a whole number from 0 to 100.' },
      });
    }
    expect(checkPreferencesForm(form({ dailyEmailCap: '0' }))).toMatchObject({
      input: { dailyEmailCap: 0 },
    });
  });

  it('lists the IANA zones, with the saved one even if the browser does not know it', () => {
    const zones = timeZoneOptions('Mars/Olympus_Mons');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Mars/Olympus_Mons');
  });

  it('labels a zone with its offset', () => {
    expect(timeZoneLabel('Asia/Kolkata', new Date('2026-06-01T00:00:00Z'))).toBe(
      'Asia/Kolkata (GMT+5:30)',
    );
    expect(timeZoneLabel('Mars/Olympus_Mons')).toBe('Mars/Olympus_Mons');
  });
});
