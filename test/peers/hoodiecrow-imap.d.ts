// The part of hoodiecrow-imap (an in-process IMAP server, JavaScript only) the IMAP peer uses.
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';

  interface HoodiecrowMessage {
    raw: string;
    internaldate?: string | Date;
    flags?: string[];
    uid?: number;
  }
  interface HoodiecrowMailbox {
    uidvalidity?: number;
    messages?: HoodiecrowMessage[];
  }
  interface HoodiecrowOptions {
    plugins?: string[];
    users?: Record<string, { password: string }>;
    storage?: Record<string, HoodiecrowMailbox>;
    debug?: boolean;
  }
  interface HoodiecrowServer {
    server: Server;
    listen(port: number, host: string, callback: () => void): void;
    close(callback?: () => void): void;
    appendMessage(
      mailbox: string,
      flags: string[],
      internaldate: Date | string,
      raw: string,
    ): { message: { uid: number } };
  }
  export default function hoodiecrow(options: HoodiecrowOptions): HoodiecrowServer;
}
