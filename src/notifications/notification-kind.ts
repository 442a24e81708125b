/**
 * What an e-mail is about. Each kind has a content builder; the pipeline (planning, delivery
 * log, sending, unsubscribe) is shared: suggested contacts, and personal agendas of a schedule.
 */
export const NOTIFICATION_KINDS = ['suggestions', 'agenda'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
