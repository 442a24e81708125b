export { solveSchedule } from './solve-schedule.js';
export { ScheduleProblemError } from './schedule-problem-error.js';
export type * from './schedule-problem.js';
