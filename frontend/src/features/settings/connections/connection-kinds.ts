// What an admin enters to connect each kind of channel, and where each value goes: `credentials`
// (secrets, sealed in the vault, never shown again) or `settings` (plain options, shown back).
// The keys follow the adapters' zod schemas (lib/integrations/<kind>/); the form is built from
// this table, so a new field is one line here.
import type { ConnectionKind } from './api/connection-types.ts';

export type FieldType = 'secret' | 'text' | 'number' | 'boolean' | 'list' | 'choice';

export interface KindField {
  name: string;
  label: string;
  type: FieldType;
  target: 'credentials' | 'settings';
  /** Required always, or only when the other values say so (Telegram's secret in push mode). */
  required: boolean | ((values: FormValues) => boolean);
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

export const CONNECTION_KINDS: Readonly<Record<ConnectionKind, KindDescription>> = {
  SLACK: {
    kind: 'SLACK',
    label: 'Slack',
    defaultName: 'Slack',
    intro:
      'Create a Slack app with a bot user, install it in your workspace, and subscribe its Events API to the webhook URL shown once connected.',
    fields: [
      {
        name: 'botToken',
        label: 'Bot token',
        type: 'secret',
        target: 'credentials',
        required: true,
        placeholder: 'xoxb-…',
        helper: 'OAuth & Permissions → Bot User OAuth Token.',
      },
      {
        name: 'signingSecret',
        label: 'Signing secret',
        type: 'secret',
        target: 'credentials',
        required: true,
        helper: 'Basic Information → App Credentials. Checks that events come from Slack.',
      },
      {
        name: 'channelIds',
        label: 'Channel ids',
        type: 'list',
        target: 'settings',
        required: false,
        placeholder: 'C0123456789, C0987654321',
        helper:
          'Channels to backfill, separated by commas. Events arrive from every channel the bot is in.',
      },
    ],
  },
  TELEGRAM: {
    kind: 'TELEGRAM',
    label: 'Telegram',
    defaultName: 'Telegram bot',
    intro:
      'Create a bot with @BotFather and paste its token. In push mode Telegram delivers messages to Waymark; in pull mode Waymark asks for them on a schedule.',
    fields: [
      {
        name: 'botToken',
        label: 'Bot token',
        type: 'secret',
        target: 'credentials',
        required: true,
        placeholder: '123456:ABC-…',
      },
      {
        name: 'mode',
        label: 'Mode',
        type: 'choice',
        target: 'settings',
        required: true,
        initial: 'push',
        options: [
          { value: 'push', label: 'Push (webhook)' },
          { value: 'pull', label: 'Pull (getUpdates)' },
        ],
      },
      {
        name: 'webhookSecret',
        label: 'Webhook secret',
        type: 'secret',
        target: 'credentials',
        required: (values) => values.mode === 'push',
        helper: 'Telegram sends it with every delivery; 1–256 letters, digits, _ and -.',
      },
    ],
  },
  EMAIL: {
    kind: 'EMAIL',
    label: 'Email',
    defaultName: 'Mailbox',
    intro:
      'Waymark reads the mailbox over IMAP and sends replies over SMTP. An inbound-parse service can also POST raw messages to the webhook URL with the inbound secret.',
    fields: [
      {
        name: 'address',
        label: 'Address',
        type: 'text',
        target: 'settings',
        required: true,
        placeholder: 'sales@example.com',
      },
      {
        name: 'imapHost',
        label: 'IMAP host',
        type: 'text',
        target: 'settings',
        required: true,
        placeholder: 'imap.example.com',
      },
      {
        name: 'imapPort',
        label: 'IMAP port',
        type: 'number',
        target: 'settings',
        required: true,
        initial: '993',
      },
      {
        name: 'imapSecure',
        label: 'IMAP over TLS',
        type: 'boolean',
        target: 'settings',
        required: false,
        initial: true,
      },
      { name: 'imapUser', label: 'IMAP user', type: 'text', target: 'settings', required: true },
      {
        name: 'imapPassword',
        label: 'IMAP password',
        type: 'secret',
        target: 'credentials',
        required: true,
      },
      {
        name: 'smtpHost',
        label: 'SMTP host',
        type: 'text',
        target: 'settings',
        required: true,
        placeholder: 'smtp.example.com',
      },
      {
        name: 'smtpPort',
        label: 'SMTP port',
        type: 'number',
        target: 'settings',
        required: true,
        initial: '465',
      },
      {
        name: 'smtpSecure',
        label: 'SMTP over TLS',
        type: 'boolean',
        target: 'settings',
        required: false,
        initial: true,
      },
      { name: 'smtpUser', label: 'SMTP user', type: 'text', target: 'settings', required: true },
      {
        name: 'smtpPassword',
        label: 'SMTP password',
        type: 'secret',
        target: 'credentials',
        required: true,
      },
      {
        name: 'inboundSecret',
        label: 'Inbound secret',
        type: 'secret',
        target: 'credentials',
        required: false,
        helper: 'Only for an inbound-parse service posting to the webhook URL.',
      },
      {
        name: 'mailboxes',
        label: 'Mailboxes',
        type: 'list',
        target: 'settings',
        required: false,
        initial: 'INBOX',
        helper: 'Folders to read, separated by commas.',
      },
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

/** The form's own checks, before anything is sent: required fields and numbers. */
export function checkValues(
  fields: readonly KindField[],
  values: FormValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'boolean') continue;
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (isRequired(field, values)) errors[field.name] = `${field.label} is required.`;
      continue;
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

/** The values split into what the API takes: secrets into `credentials`, the rest `settings`. */
export function toConnectionInput(
  fields: readonly KindField[],
  values: FormValues,
): { credentials: Record<string, unknown>; settings: Record<string, unknown> } {
  const credentials: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = values[field.name];
    const target = field.target === 'credentials' ? credentials : settings;
    if (field.type === 'boolean') {
      target[field.name] = raw === true;
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (!text) continue;
    if (field.type === 'number') target[field.name] = Number(text);
    else if (field.type === 'list') {
      target[field.name] = text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    } else target[field.name] = text;
  }
  return { credentials, settings };
}
