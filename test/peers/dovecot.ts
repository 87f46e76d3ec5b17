// Debian's dovecot-imapd as an IMAP peer: a private instance (its own config, passwd-file and
// maildir in a temp folder, loopback only, no TLS), for the same pull tests as hoodiecrow against a
// production server. Needs root (dovecot drops to its own users) and `apt-get install -y
// dovecot-imapd`; dovecotAvailable() is false otherwise and the tests are skipped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/free-port.ts';
import { IMAP_PASSWORD, IMAP_USER, type ImapPeer } from './imap.ts';

const DOVECOT = '/usr/sbin/dovecot';
const DOVEADM = '/usr/bin/doveadm';
/** Mail is owned by nobody: dovecot refuses to run a mail process as root. */
const MAIL_UID = 65534;
const MAIL_GID = 65534;

export function dovecotAvailable(): boolean {
  return existsSync(DOVECOT) && existsSync(DOVEADM) && process.getuid?.() === 0;
}

export async function startDovecotPeer(
  options: { messages?: string[]; uidValidity?: number } = {},
): Promise<ImapPeer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'waymark-dovecot-'));
  const maildir = join(dir, 'mail', IMAP_USER);
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
  const config = join(dir, 'dovecot.conf');
  writeFileSync(join(dir, 'passwd'), `${IMAP_USER}:{PLAIN}${IMAP_PASSWORD}\n`, { mode: 0o644 });
  writeFileSync(config, dovecotConfig(dir, port));

  let sequence = 0;
  const deliver = (raw: string) => {
    // Maildir delivery: a uniquely named file in new/, renamed into place in one step.
    const name = `${Date.now()}.${String(++sequence).padStart(8, '0')}.${randomBytes(4).toString('hex')}.waymark`;
    writeFileSync(join(maildir, 'tmp', name), raw.replace(/\r\n/g, '\n'));
    renameSync(join(maildir, 'tmp', name), join(maildir, 'new', name));
  };
  for (const raw of options.messages ?? []) deliver(raw);
  spawnSync('chown', ['-R', `${MAIL_UID}:${MAIL_GID}`, join(dir, 'mail')]);
  // dovecot's auth and mail processes run as its own users and nobody: they need to get in.
  chmodSync(dir, 0o755);

  const doveadm = (...args: string[]) => {
    const result = spawnSync(DOVEADM, ['-c', config, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`doveadm ${args[0]} failed: ${result.stderr}`);
  };
  const server = spawn(DOVECOT, ['-F', '-c', config], { stdio: 'ignore' });
  const stop = async () => {
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    if (server.exitCode === null) server.kill('SIGTERM');
    else return;
    await exited;
  };
  try {
    await listening(port, server);
    // doveadm asks the running server's auth for the user. Indexing now makes the first SELECT quick.
    doveadm('force-resync', '-u', IMAP_USER, 'INBOX');
    if (options.uidValidity) {
      doveadm(
        'mailbox',
        'update',
        '-u',
        IMAP_USER,
        '--uid-validity',
        String(options.uidValidity),
        'INBOX',
      );
    }
  } catch (error) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    append(raw) {
      deliver(raw);
      spawnSync('chown', ['-R', `${MAIL_UID}:${MAIL_GID}`, join(maildir, 'new')]);
      return 0;
    },
    async restart({ uidValidity }) {
      doveadm('mailbox', 'update', '-u', IMAP_USER, '--uid-validity', String(uidValidity), 'INBOX');
    },
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function dovecotConfig(dir: string, port: number): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:${dir}/mail/%u
first_valid_uid = ${MAIL_UID}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${MAIL_UID} gid=${MAIL_GID} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
}

/** Waits until the port accepts connections, or fails when dovecot exited (a bad config). */
async function listening(port: number, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (server.exitCode !== null) throw new Error(`dovecot exited with ${server.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('dovecot did not start listening');
}
