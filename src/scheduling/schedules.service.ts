import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { FieldError } from '../common/http/error-body.js';
import { ValidationFailedException } from '../common/http/validation-failed.exception.js';
import { isUuid } from '../common/uuid.js';
import { isUniqueViolation } from '../database/postgres-errors.js';
import type { EventEntity } from '../events/event.entity.js';
import { EventsService } from '../events/events.service.js';
import { jobIds } from '../jobs/job-ids.js';
import { DEFAULT_JOB_OPTIONS } from '../jobs/queue-defaults.js';
import { JobName, QueueName } from '../jobs/queue-names.js';
import { QueuesService } from '../jobs/queues.service.js';
import type { CreateScheduleDto } from './dto/create-schedule.dto.js';
import { sameCountryPairs } from './same-country-pairs.js';
import { decodeScheduleCursor, encodeScheduleCursor } from './schedule-cursor.js';
import type { SolveScheduleJobData } from './schedule-job-data.js';
import type { ExternalIdPair, ScheduleParams } from './schedule-params.js';
import { ScheduleEntity, type ScheduleStatus } from './schedule.entity.js';
import { newestFirstPage } from '../database/newest-first-page.js';

const ONE_PENDING_INDEX = 'schedule_one_pending_per_event';
const PENDING_STATUSES: ScheduleStatus[] = ['queued', 'solving'];
/** Longer than any request takes between storing a schedule and queueing its job. */
const ORPHAN_GRACE_MS = 60_000;

@Injectable()
export class SchedulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly queues: QueuesService,
  ) {}

  /** Checks the request against the event, stores the schedule and queues the solver. */
  async create(eventId: string, input: CreateScheduleDto): Promise<ScheduleEntity> {
    const event = await this.events.findById(eventId);
    if (!event.currentMatchingRunId) {
      throw new ConflictException(
        `Matching has not run for event "${event.slug}" yet: the solver needs its scores (POST /events/${event.slug}/matching/runs)`,
      );
    }
    const params = await this.resolveParams(event, input);
    const schedule = await this.insertPending(event, params);
    try {
      await this.queues.add(
        JobName.SolveSchedule,
        { eventId: event.id, scheduleId: schedule.id } satisfies SolveScheduleJobData,
        { ...DEFAULT_JOB_OPTIONS, jobId: schedule.jobId },
      );
    } catch (error) {
      // No schedule without its job.
      await this.dataSource.getRepository(ScheduleEntity).delete({ id: schedule.id });
      throw error;
    }
    return schedule;
  }

  /**
   * Stores the schedule as the event's one pending solve. The partial unique index
   * `schedule_one_pending_per_event` decides between concurrent requests, from any number of
   * API processes: the loser is answered 409 with the winner's ids. A pending schedule whose job
   * ended without recording an outcome (it stalled out, or Redis lost it) would block the event
   * for ever, so it is marked failed and the insert tried once more.
   */
  private async insertPending(event: EventEntity, params: ScheduleParams): Promise<ScheduleEntity> {
    const schedules = this.dataSource.getRepository(ScheduleEntity);
    for (let attempt = 1; ; attempt += 1) {
      const id = randomUUID();
      try {
        return await schedules.save({
          id,
          eventId: event.id,
          status: 'queued',
          jobId: jobIds.solveSchedule(id),
          matchingRunId: event.currentMatchingRunId,
          params,
          stats: null,
          failureReason: null,
          solvedAt: null,
          publishedAt: null,
        });
      } catch (error) {
        if (!isUniqueViolation(error, ONE_PENDING_INDEX)) throw error;
        const pending = await schedules.findOneBy({
          eventId: event.id,
          status: In(PENDING_STATUSES),
        });
        // Finished between the insert and this read: the way is free again.
        if (!pending && attempt < 3) continue;
        if (pending && attempt === 1 && (await this.releaseIfOrphaned(pending))) continue;
        throw pendingScheduleConflict(pending, event.slug);
      }
    }
  }

  /** Fails a pending schedule whose job is over (or long gone) without having said so. */
  private async releaseIfOrphaned(pending: ScheduleEntity): Promise<boolean> {
    const job = await this.queues.queue(QueueName.Scheduling).getJob(pending.jobId);
    const state = job ? await job.getState() : 'unknown';
    const over =
      state === 'completed' ||
      state === 'failed' ||
      // Missing: the request that stored it may still be adding its job, so give it time.
      (state === 'unknown' && Date.now() - pending.createdAt.getTime() > ORPHAN_GRACE_MS);
    if (!over) return false;
    await this.dataSource.query(
      `UPDATE schedule SET status = 'failed', failure_reason = $2
        WHERE id = $1 AND status IN ('queued', 'solving')`,
      [pending.id, `Its solver job ended (${state}) without recording a result`],
    );
    return true;
  }

  /** The event's schedules, newest first, a page at a time. */
  async list(
    eventId: string,
    query: { limit?: number; cursor?: string },
  ): Promise<{ items: ScheduleEntity[]; total: number; nextCursor: string | null }> {
    const event = await this.events.findById(eventId);
    const schedules = this.dataSource
      .getRepository(ScheduleEntity)
      .createQueryBuilder('schedule')
      .where('schedule.event_id = :eventId', { eventId: event.id });
    const { items, total, hasMore } = await newestFirstPage(schedules, {
      alias: 'schedule',
      table: 'schedule',
      limit: query.limit ?? 50,
      afterId: query.cursor ? decodeScheduleCursor(query.cursor) : null,
    });
    return {
      items,
      total,
      nextCursor: hasMore ? encodeScheduleCursor(items[items.length - 1].id) : null,
    };
  }

  async get(eventId: string, scheduleId: string): Promise<ScheduleEntity> {
    const event = await this.events.findById(eventId);
    return this.find(event, scheduleId);
  }

  async find(
    event: EventEntity,
    scheduleId: string,
    eventRef = event.slug,
  ): Promise<ScheduleEntity> {
    const schedule = isUuid(scheduleId)
      ? await this.dataSource
          .getRepository(ScheduleEntity)
          .findOneBy({ id: scheduleId, eventId: event.id })
      : null;
    if (!schedule) throw scheduleNotFound(scheduleId, eventRef);
    return schedule;
  }

  /** Freezes a solved schedule: later regenerations keep its meetings unless released. */
  async publish(eventId: string, scheduleId: string): Promise<void> {
    const schedule = await this.get(eventId, scheduleId);
    if (schedule.status === 'published') return;
    if (schedule.status !== 'ready') {
      throw new ConflictException(
        `Schedule "${scheduleId}" is ${schedule.status}: only a solved schedule can be published`,
      );
    }
    await this.dataSource.query(
      `UPDATE schedule SET status = 'published', published_at = now()
        WHERE id = $1 AND status = 'ready'`,
      [schedule.id],
    );
  }

  private async resolveParams(
    event: EventEntity,
    input: CreateScheduleDto,
  ): Promise<ScheduleParams> {
    const problems: FieldError[] = [];
    const maxMeetings = input.maxMeetings ?? input.rounds;
    const minMeetings = Math.min(input.minMeetings ?? 1, maxMeetings);
    if (maxMeetings > input.rounds) {
      problems.push({
        field: 'maxMeetings',
        reason: `maxMeetings cannot exceed rounds (${input.rounds})`,
      });
    }
    if (input.minMeetings !== undefined && input.minMeetings > maxMeetings) {
      problems.push({ field: 'minMeetings', reason: 'minMeetings cannot exceed maxMeetings' });
    }
    for (const [index, pause] of (input.breaks ?? []).entries()) {
      if (pause.afterRound >= input.rounds) {
        problems.push({
          field: `breaks[${index}].afterRound`,
          reason: `afterRound must be below the last round (${input.rounds})`,
        });
      }
    }
    const mustMeet = input.mustMeet ?? [];
    const mustNotMeet = input.mustNotMeet ?? [];
    const forbidden = new Set(mustNotMeet.map(pairKey));
    mustMeet.forEach((pair, index) => {
      if (forbidden.has(pairKey(pair))) {
        problems.push({ field: `mustMeet[${index}]`, reason: 'this pair is also in mustNotMeet' });
      }
    });
    problems.push(...(await this.unknownExternalIds(event.id, { mustMeet, mustNotMeet })));
    if (event.settings.crossCountryOnly) {
      problems.push(...(await sameCountryPairs(this.dataSource, event.id, mustMeet)));
    }
    const lockedFrom = await this.resolveLockedFrom(event, input.lockedFrom, problems);
    if (problems.length) throw new ValidationFailedException(problems);
    return {
      rounds: input.rounds,
      tables: input.tables,
      startAt: new Date(input.startAt).toISOString(),
      timeZone: input.timeZone ?? event.timezone,
      roundMinutes: input.roundMinutes,
      breakMinutes: input.breakMinutes ?? 0,
      breaks: (input.breaks ?? []).map(({ afterRound, minutes }) => ({ afterRound, minutes })),
      minScore: input.minScore ?? 0,
      minMeetings,
      maxMeetings,
      mustMeet,
      mustNotMeet,
      allowInterpreterPairs: input.allowInterpreterPairs ?? true,
      seed: input.seed ?? 0,
      lockedFrom,
      releasePublished: input.releasePublished ?? false,
    };
  }

  /** Names each pair member that is not a participant of this event. */
  private async unknownExternalIds(
    eventId: string,
    lists: Record<'mustMeet' | 'mustNotMeet', ExternalIdPair[]>,
  ): Promise<FieldError[]> {
    const named = [...new Set(Object.values(lists).flat(2))];
    if (!named.length) return [];
    const rows: { external_id: string }[] = await this.dataSource.query(
      'SELECT external_id FROM participant WHERE event_id = $1 AND external_id = ANY($2)',
      [eventId, named],
    );
    const known = new Set(rows.map((row) => row.external_id));
    const problems: FieldError[] = [];
    for (const [field, pairs] of Object.entries(lists)) {
      pairs.forEach((pair, index) =>
        pair.forEach((externalId, side) => {
          if (!known.has(externalId)) {
            problems.push({
              field: `${field}[${index}][${side}]`,
              reason: `no participant "${externalId}" in this event`,
            });
          }
        }),
      );
    }
    return problems;
  }

  /** The schedule a new one regenerates: the one named, else the latest published. */
  private async resolveLockedFrom(
    event: EventEntity,
    named: string | undefined,
    problems: FieldError[],
  ): Promise<string | null> {
    const schedules = this.dataSource.getRepository(ScheduleEntity);
    if (named) {
      const found = await schedules.findOneBy({ id: named, eventId: event.id });
      if (!found) {
        problems.push({ field: 'lockedFrom', reason: `no schedule "${named}" in this event` });
      } else if (found.status !== 'ready' && found.status !== 'published') {
        problems.push({ field: 'lockedFrom', reason: `schedule "${named}" is ${found.status}` });
      }
      return named;
    }
    const published = await schedules.findOne({
      where: { eventId: event.id, status: 'published' },
      order: { publishedAt: 'DESC' },
    });
    return published?.id ?? null;
  }
}

function pairKey([a, b]: ExternalIdPair): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

function pendingScheduleConflict(
  pending: ScheduleEntity | null,
  eventRef: string,
): ConflictException {
  if (!pending) {
    return new ConflictException(
      `Event "${eventRef}" is busy with other schedule requests; send this one again`,
    );
  }
  return new ConflictException(
    `Schedule "${pending.id}" of event "${eventRef}" is still ${pending.status} (job ${pending.jobId}): ` +
      `an event has one schedule solving at a time; follow GET /jobs/${pending.jobId} and send this request again once it has finished`,
  );
}

export function scheduleNotFound(scheduleId: string, eventRef: string): NotFoundException {
  return new NotFoundException(`Schedule "${scheduleId}" does not exist in event "${eventRef}"`);
}
