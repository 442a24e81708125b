/** Which schedule an agenda e-mail shows. */
export interface AgendaOptions {
  scheduleId: string;
  /** Mailings send published schedules only; a preview may show one not yet published. */
  requirePublished: boolean;
}
