import { ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  /** The envelope recipient (RCPT TO). */
  to: string;
  mail: ParsedMail;
  /** When the server accepted it (ms since the epoch). */
  at: number;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedEmail[];
  /** Every RCPT TO the server answered with an error, in order. */
  refused: { address: string; code: number }[];
  /** Refuses RCPT TO for an address with a code, the next `times` times (default: always). */
  refuse(address: string, code: number, times?: number): void;
  to(address: string): ReceivedEmail[];
  /** Resolves once `count` e-mails have arrived; fails after `timeoutMs`. */
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A real SMTP server on a random local port that keeps every message it accepts, parsed. */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedEmail[] = [];
  const refused: SmtpTestServer['refused'] = [];
  const refusals = new Map<string, { code: number; left: number }>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      const recipient = address.address.toLowerCase();
      const refusal = refusals.get(recipient);
      if (refusal && refusal.left > 0) {
        refusal.left -= 1;
        refused.push({ address: recipient, code: refusal.code });
        const error = Object.assign(
          new Error(refusal.code >= 500 ? 'Mailbox unavailable' : 'Try again later'),
          { responseCode: refusal.code },
        );
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const at = Date.now();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            for (const rcpt of session.envelope.rcptTo) {
              received.push({ to: rcpt.address.toLowerCase(), mail, at });
            }
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refused,
    refuse: (address, code, times = Infinity) =>
      refusals.set(address.toLowerCase(), { code, left: times }),
    to: (address) => received.filter((email) => email.to === address.toLowerCase()),
    async waitForCount(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`Received ${received.length} e-mails, expected ${count}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
