export { solveSchedule } from './solve-schedule.js';
export { replanFromRound } from './replan-from-round.js';
export { ScheduleProblemError } from './schedule-problem-error.js';
export type * from './schedule-problem.js';
export type * from './replan-problem.js';
