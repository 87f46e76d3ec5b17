// What an admin enters to connect each kind of channel, and where each value goes: `credentials`
// (secrets, sealed in the vault, never shown again) or `settings` (plain options, shown back).
// The keys and nesting follow the adapters' zod schemas (lib/integrations/slack/schemas.ts,
// telegram/credentials.ts, email/settings.ts); the form is built from this table, so a new field
// is one line here.
import type { ConnectionKind } from '../../../gql/graphql.ts';

export type FieldType = 'secret' | 'text' | 'number' | 'boolean' | 'list' | 'choice';

export interface KindField {
  name: string;
  label: string;
  type: FieldType;
  target: 'credentials' | 'settings';
  /** Where the value sits in `credentials` or `settings` when not at `name` (email's `imap.host`). */
  path?: readonly string[];
  /** Required always, or only when the other values say so (SMTP once its host is given). */
  required: boolean | ((values: FormValues) => boolean);
  minLength?: number;
  helper?: string;
  placeholder?: string;
  options?: readonly { value: string; label: string }[];
  initial?: string | boolean;
}

export type FormValues = Record<string, string | boolean>;

export interface KindDescription {
  kind: ConnectionKind;
  label: string;
  /** The name a new connection gets unless the admin gives one. */
  defaultName: string;
  intro: string;
  fields: readonly KindField[];
}

function smtpGiven(values: FormValues): boolean {
  return typeof values.smtpHost === 'string' && values.smtpHost.trim() !== '';
}

const secret = (name: string, label: string, extra: Partial<KindField> = {}): KindField => ({
  name,
  label,
  type: 'secret',
  target: 'credentials',
  required: true,
  ...extra,
});

const setting = (name: string, label: string, extra: Partial<KindField> = {}): KindField => ({
  name,
  label,
  type: 'text',
  target: 'settings',
  required: true,
  ...extra,
});

export const CONNECTION_KINDS: Readonly<Record<ConnectionKind, KindDescription>> = {
  SLACK: {
    kind: 'SLACK',
    label: 'Slack',
    defaultName: 'Slack',
    intro:
      'Create a Slack app with a bot user, install it in your workspace, and subscribe its Events API to the webhook URL shown once connected.',
    fields: [
      secret('botToken', 'Bot token', {
        placeholder: 'xoxb-…',
        helper: 'OAuth & Permissions → Bot User OAuth Token.',
      }),
      secret('signingSecret', 'Signing secret', {
        minLength: 8,
        helper: 'Basic Information → App Credentials. Checks that events come from Slack.',
      }),
      setting('channels', 'Channel ids', {
        type: 'list',
        required: false,
        placeholder: 'C0123456789, C0987654321',
        helper:
          'Channels to backfill, separated by commas. Events arrive from every channel the bot is in.',
      }),
    ],
  },
  TELEGRAM: {
    kind: 'TELEGRAM',
    label: 'Telegram',
    defaultName: 'Telegram bot',
    intro:
      'Create a bot with @BotFather and paste its token. In push mode Telegram delivers messages to Waymark’s webhook URL; in pull mode Waymark asks for them on a schedule.',
    fields: [
      secret('botToken', 'Bot token', { placeholder: '123456789:AAH…' }),
      setting('mode', 'Mode', {
        type: 'choice',
        initial: 'pull',
        options: [
          { value: 'pull', label: 'Pull (getUpdates)' },
          { value: 'push', label: 'Push (webhook)' },
        ],
      }),
      secret('webhookSecret', 'Webhook secret', {
        helper: 'Telegram sends it with every delivery: 1–256 letters, digits, _ and -.',
      }),
    ],
  },
  EMAIL: {
    kind: 'EMAIL',
    label: 'Email',
    defaultName: 'Mailbox',
    intro:
      'Waymark reads the mailbox over IMAP and sends replies over SMTP. An inbound-parse service can also POST raw messages to the webhook URL with the inbound secret.',
    fields: [
      setting('address', 'Address', { placeholder: 'sales@example.com' }),
      setting('imapHost', 'IMAP host', { path: ['imap', 'host'], placeholder: 'imap.example.com' }),
      setting('imapPort', 'IMAP port', { path: ['imap', 'port'], type: 'number', initial: '993' }),
      setting('imapSecure', 'IMAP over TLS (off: STARTTLS)', {
        path: ['imap', 'secure'],
        type: 'boolean',
        required: false,
        initial: true,
      }),
      setting('imapUser', 'IMAP user', { path: ['imap', 'user'] }),
      secret('imapPassword', 'IMAP password'),
      // SMTP is optional (without it the mailbox is only read); once a host is given, it is whole.
      setting('smtpHost', 'SMTP host', {
        path: ['smtp', 'host'],
        required: false,
        placeholder: 'smtp.example.com',
        helper: 'Leave empty for a mailbox Waymark only reads.',
      }),
      setting('smtpPort', 'SMTP port', {
        path: ['smtp', 'port'],
        type: 'number',
        required: smtpGiven,
        initial: '465',
      }),
      setting('smtpSecure', 'SMTP over TLS (off: STARTTLS)', {
        path: ['smtp', 'secure'],
        type: 'boolean',
        required: false,
        initial: true,
      }),
      setting('smtpUser', 'SMTP user', { path: ['smtp', 'user'], required: smtpGiven }),
      secret('smtpPassword', 'SMTP password', {
        required: false,
        helper: 'Only when it differs from the IMAP password.',
      }),
      secret('inboundSecret', 'Inbound secret', {
        minLength: 24,
        helper:
          'At least 24 characters; an inbound-parse service sends it with each message it posts.',
      }),
      setting('mailboxes', 'Mailboxes', {
        type: 'list',
        required: false,
        initial: 'INBOX',
        helper: 'Folders to read, separated by commas.',
      }),
    ],
  },
};

export function initialValues(kind: KindDescription, fields = kind.fields): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    values[field.name] = field.initial ?? (field.type === 'boolean' ? false : '');
  }
  return values;
}

export function isRequired(field: KindField, values: FormValues): boolean {
  return typeof field.required === 'function' ? field.required(values) : field.required;
}

/** The form's own checks, before anything is sent: required fields, lengths and port numbers. */
export function checkValues(
  fields: readonly KindField[],
  values: FormValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (field.type === 'boolean') continue;
    const value = values[field.name];
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (isRequired(field, values)) errors[field.name] = `${field.label} is required.`;
      continue;
    }
    if (field.minLength && text.length < field.minLength) {
      errors[field.name] = `${field.label} must be at least ${field.minLength} characters.`;
    }
    if (field.type === 'number') {
      const n = Number(text);
      if (!Number.isInteger(n) || n < 1 || n > 65535) {
        errors[field.name] = `${field.label} must be a whole number between 1 and 65535.`;
      }
    }
  }
  return errors;
}

/** Where a field's value sits in `credentials` or `settings`. */
export function pathOf(field: KindField): readonly string[] {
  return field.path ?? [field.name];
}

/** The values split into what the API takes: secrets into `credentials`, the rest `settings`. */
export function toConnectionInput(
  fields: readonly KindField[],
  values: FormValues,
): { credentials: Record<string, unknown>; settings: Record<string, unknown> } {
  const credentials: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const field of fields) {
    const value = readValue(field, values[field.name]);
    if (value === undefined) continue;
    setAt(field.target === 'credentials' ? credentials : settings, pathOf(field), value);
  }
  // A server group without its host (email's optional SMTP) is left out whole.
  for (const [key, group] of Object.entries(settings)) {
    if (group && typeof group === 'object' && !Array.isArray(group) && !('host' in group)) {
      delete settings[key];
    }
  }
  return { credentials, settings };
}

function readValue(field: KindField, raw: string | boolean | undefined): unknown {
  if (field.type === 'boolean') return raw === true;
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return undefined;
  if (field.type === 'number') return Number(text);
  if (field.type === 'list') {
    return text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
  return text;
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1);
  if (last) node[last] = value;
}
