import { Injectable } from '@nestjs/common';
import { EventsService } from '../events/events.service.js';
import { MatchingRunDto } from '../matching/dto/matching-run.dto.js';
import { MatchingRunsService } from '../matching/runs/matching-runs.service.js';
import { WeakSuggestionsService } from '../matching/weak-suggestions.service.js';
import { DeliveryCountsService } from '../notifications/delivery/delivery-counts.service.js';
import { ParticipantCountsService } from '../participants/participant-counts.service.js';
import { LatestScheduleService } from '../scheduling/latest-schedule.service.js';
import type { EventSummaryDto, ScheduleSummaryDto } from './dto/event-summary.dto.js';
import type { WeakSuggestionsDto } from './dto/weak-suggestions.dto.js';

/** The organiser's dashboard: each figure asked of the module owning its table. */
@Injectable()
export class EventSummaryService {
  constructor(
    private readonly events: EventsService,
    private readonly participants: ParticipantCountsService,
    private readonly runs: MatchingRunsService,
    private readonly weak: WeakSuggestionsService,
    private readonly schedules: LatestScheduleService,
    private readonly deliveries: DeliveryCountsService,
  ) {}

  async summary(eventRef: string, weakBelow: number): Promise<EventSummaryDto> {
    const event = await this.events.findById(eventRef);
    const currentRunId = event.currentMatchingRunId;
    const [participants, history, weakCount, schedule, emails] = await Promise.all([
      this.participants.countsFor(event.id),
      this.runs.list(event.id, { limit: 1 }),
      currentRunId ? this.weak.count(currentRunId, weakBelow) : Promise.resolve(0),
      this.schedules.latestFor(event.id),
      this.deliveries.countsFor(event.id),
    ]);
    const latest = history.items[0] ?? null;
    const current =
      latest?.id === currentRunId
        ? latest
        : currentRunId
          ? await this.runs.get(event.id, currentRunId)
          : null;
    let latestSchedule: ScheduleSummaryDto | null = null;
    if (schedule) {
      const { id, status, createdAt, solvedAt, publishedAt, stats } = schedule;
      latestSchedule = {
        id,
        status,
        createdAt,
        solvedAt,
        publishedAt,
        meetings: stats?.meetings ?? null,
        totalScore: stats?.totalScore ?? null,
        upperBound: stats?.upperBound ?? null,
        gap: stats?.gap ?? null,
      };
    }
    return {
      participants,
      matching: {
        currentRun: current && MatchingRunDto.from(current, currentRunId),
        latestRun: latest && MatchingRunDto.from(latest, currentRunId),
        weakBelow,
        weakCount,
      },
      latestSchedule,
      emails,
    };
  }

  async weakSuggestions(
    eventRef: string,
    weakBelow: number,
    limit: number,
  ): Promise<WeakSuggestionsDto> {
    const event = await this.events.findById(eventRef);
    const runId = event.currentMatchingRunId;
    if (!runId) return { runId: null, weakBelow, total: 0, items: [] };
    const [total, items] = await Promise.all([
      this.weak.count(runId, weakBelow),
      this.weak.list(runId, weakBelow, limit),
    ]);
    return { runId, weakBelow, total, items };
  }
}
