/** Every job names its event: GET /jobs/:jobId shows a job only to that event's keys. */
export interface EventJobData {
  eventId: string;
}
