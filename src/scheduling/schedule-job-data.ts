import type { EventJobData } from '../jobs/event-job-data.js';

export interface SolveScheduleJobData extends EventJobData {
  scheduleId: string;
}
