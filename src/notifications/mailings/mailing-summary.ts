import type { NotificationKind } from '../notification-kind.js';
import type { Recipient } from '../content/recipient.js';

/** Dry-run lines kept in the job result: enough to check a mailing, small enough for Redis. */
export const DRY_RUN_REPORT_LIMIT = 500;

export type PlannedStatus = 'queued' | 'would-send' | 'skipped';

export interface PlannedEmail {
  externalId: string;
  status: PlannedStatus;
  reason?: string;
  /** What the e-mail lists (partners' external ids for suggestions). */
  items?: string[];
}

/** The result of a planning job: counts by status and by reason for skipping. */
export interface MailingSummary {
  mailingId: string;
  kind: NotificationKind;
  dryRun: boolean;
  recipients: number;
  counts: Partial<Record<PlannedStatus, number>>;
  skipped: Record<string, number>;
  /** What the organiser should know (see MailingAcceptedDto.warnings). */
  warnings: string[];
  /** Dry runs only: who would get what, in external-id order. */
  report?: PlannedEmail[];
}

/** Adds up a mailing as it is planned. */
export class MailingTally {
  private readonly summary: MailingSummary;

  constructor(mailingId: string, kind: NotificationKind, dryRun: boolean, warnings: string[] = []) {
    this.summary = {
      mailingId,
      kind,
      dryRun,
      recipients: 0,
      counts: dryRun ? { 'would-send': 0, skipped: 0 } : { queued: 0, skipped: 0 },
      skipped: {},
      warnings,
      ...(dryRun && { report: [] }),
    };
  }

  planned(recipient: Recipient, items: string[]): void {
    this.add(recipient, { status: this.summary.dryRun ? 'would-send' : 'queued', items });
  }

  skip(recipient: Recipient, reason: string): void {
    this.summary.skipped[reason] = (this.summary.skipped[reason] ?? 0) + 1;
    this.add(recipient, { status: 'skipped', reason });
  }

  result(): MailingSummary {
    return this.summary;
  }

  private add(recipient: Recipient, line: Omit<PlannedEmail, 'externalId'>): void {
    const { summary } = this;
    summary.recipients += 1;
    summary.counts[line.status] = (summary.counts[line.status] ?? 0) + 1;
    if (summary.report && summary.report.length < DRY_RUN_REPORT_LIMIT) {
      summary.report.push({ externalId: recipient.externalId, ...line });
    }
  }
}
