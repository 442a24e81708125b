/** What a mailing job's result says (src/notifications/mailings/mailing-summary.ts). */
export interface PlannedEmail {
  externalId: string;
  status: 'queued' | 'would-send' | 'skipped';
  reason?: string;
  items?: string[];
}

export interface MailingSummary {
  mailingId: string;
  kind: 'suggestions' | 'agenda';
  dryRun: boolean;
  recipients: number;
  counts: Partial<Record<PlannedEmail['status'], number>>;
  skipped: Record<string, number>;
  report?: PlannedEmail[];
}

/** The job result as a mailing summary, or null when it is not one (a job of another kind). */
export function mailingSummaryOf(result: unknown): MailingSummary | null {
  if (!result || typeof result !== 'object') return null;
  const candidate = result as Partial<MailingSummary>;
  if (typeof candidate.recipients !== 'number' || !candidate.counts || !candidate.skipped) {
    return null;
  }
  return {
    mailingId: String(candidate.mailingId ?? ''),
    kind: candidate.kind === 'agenda' ? 'agenda' : 'suggestions',
    dryRun: Boolean(candidate.dryRun),
    recipients: candidate.recipients,
    counts: candidate.counts,
    skipped: candidate.skipped,
    report: Array.isArray(candidate.report) ? candidate.report : undefined,
  };
}

/** The dry run's lines, those who would get an e-mail first, then the skipped by reason. */
export function reportLines(summary: MailingSummary): PlannedEmail[] {
  const rank = (line: PlannedEmail) => (line.status === 'skipped' ? 1 : 0);
  return [...(summary.report ?? [])].sort(
    (x, y) =>
      rank(x) - rank(y) ||
      (x.reason ?? '').localeCompare(y.reason ?? '') ||
      x.externalId.localeCompare(y.externalId),
  );
}

/** How many e-mails a real send would queue, from a dry run. */
export function wouldSend(summary: MailingSummary): number {
  return summary.counts['would-send'] ?? summary.counts.queued ?? 0;
}

/** The body of a mailing request: a retry names its participant, a dry run says so. */
export function mailingBody(options: { dryRun: boolean; participants?: string[] }): {
  dryRun: boolean;
  participants?: string[];
} {
  return options.participants?.length
    ? { dryRun: options.dryRun, participants: [...new Set(options.participants)] }
    : { dryRun: options.dryRun };
}
