import type { EventJobData } from '../../jobs/event-job-data.js';
import type { NotificationKind } from '../notification-kind.js';

/** One trigger of e-mails: plan who gets what, then one send job each. Ids only, no personal data. */
export interface PlanMailingJobData extends EventJobData {
  mailingId: string;
  kind: NotificationKind;
  /** The kind's own options (SuggestionsOptions…). */
  options: unknown;
  /** Internal ids of the participants to write to; null for everyone. */
  participantIds: string[] | null;
  dryRun: boolean;
}

export interface SendEmailJobData extends EventJobData {
  mailingId: string;
  deliveryId: string;
  options: unknown;
}

/** Removes the planning job of a dry run, result and all. */
export interface ExpireDryRunJobData extends EventJobData {
  mailingId: string;
}
