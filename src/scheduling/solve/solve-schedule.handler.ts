import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName } from '../../jobs/queue-names.js';
import { ScheduleProblemError } from '../solver/index.js';
import type { SolveScheduleJobData } from '../schedule-job-data.js';
import type { ScheduleStats } from '../schedule-stats.js';
import { ScheduleEntity } from '../schedule.entity.js';
import { loadScheduleProblem } from './load-schedule-problem.js';
import { runSolver } from './run-solver.js';
import { scheduleStats } from './schedule-stats.js';
import { writeMeetings } from './write-meetings.js';

/**
 * Solves one schedule: reads the event's scores, runs the solver off the main thread and
 * stores meetings and stats in one transaction. A retry starts over; nothing half-written stays.
 */
@Injectable()
@HandlesJob(JobName.SolveSchedule)
export class SolveScheduleHandler implements JobHandler<SolveScheduleJobData, ScheduleStats> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(job: Job<SolveScheduleJobData>): Promise<ScheduleStats> {
    const schedules = this.dataSource.getRepository(ScheduleEntity);
    const schedule = await schedules.findOneBy({ id: job.data.scheduleId });
    if (!schedule) throw new Error(`Schedule ${job.data.scheduleId} no longer exists`);
    if (schedule.stats && (schedule.status === 'ready' || schedule.status === 'published')) {
      return schedule.stats;
    }
    // Given up (a duplicate dropped by a migration, or an orphan released by a new request):
    // solving it now would make it a second pending schedule of its event.
    if (schedule.status === 'failed') {
      throw new UnrecoverableError(
        `Schedule ${schedule.id} was given up: ${schedule.failureReason}`,
      );
    }
    try {
      await schedules.update({ id: schedule.id }, { status: 'solving' });
      const [{ run_id: runId, locked_from_status: lockedFromStatus }] = await this.dataSource.query(
        `SELECT e.current_matching_run_id AS run_id,
                  (SELECT status FROM schedule WHERE id = $2) AS locked_from_status
             FROM event e WHERE e.id = $1`,
        [schedule.eventId, schedule.params.lockedFrom],
      );
      if (!runId) throw new Error('The event has no matching results any more');
      const loaded = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
        loadScheduleProblem(manager, schedule, runId, lockedFromStatus),
      );
      await job.updateProgress(5);
      const started = performance.now();
      let reported = 5;
      const solution = await runSolver(loaded.problem, (fraction) => {
        const percent = 5 + Math.floor(fraction * 85);
        if (percent >= reported + 5) {
          reported = percent;
          void job.updateProgress(percent).catch(() => undefined);
        }
      });
      const solveMs = Math.round(performance.now() - started);
      const stats = scheduleStats(loaded, solution, solveMs);
      await this.dataSource.transaction((manager) =>
        writeMeetings(manager, schedule, runId, solution.meetings, stats),
      );
      await job.updateProgress(100);
      return stats;
    } catch (error) {
      const refused = error instanceof ScheduleProblemError;
      const finalAttempt = refused || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await schedules.update(
        { id: schedule.id },
        finalAttempt
          ? { status: 'failed', failureReason: (error as Error).message }
          : { status: 'queued' },
      );
      // A problem the solver refuses fails once, with its reason, instead of three times.
      throw refused ? new UnrecoverableError((error as Error).message) : error;
    }
  }
}
