/** The parts of a nodemailer error that say whether trying again can help. */
interface MailError {
  code?: string;
  responseCode?: number;
  command?: string;
}

/**
 * Transient: try again later (4xx replies such as greylisting or a full mailbox, lost
 * connections, timeouts, and authentication, which is the server's or our config's problem,
 * not the recipient's). Permanent: a 5xx reply about this message or recipient, or an
 * address nodemailer refuses outright; retrying would only repeat the refusal.
 */
export function isPermanentFailure(error: unknown): boolean {
  const { code, responseCode, command } = (error ?? {}) as MailError;
  if (code === 'EAUTH' || command === 'AUTH') return false;
  if (typeof responseCode === 'number') return responseCode >= 500;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}
