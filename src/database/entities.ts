import { ApiKeyEntity } from '../auth/api-key.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { MatchListEntity } from '../matching/match-list.entity.js';
import { MatchingRunEntity } from '../matching/runs/matching-run.entity.js';
import { AgendaCalendarEntryEntity } from '../notifications/agenda/agenda-calendar-entry.entity.js';
import { EmailDeliveryEntity } from '../notifications/delivery/email-delivery.entity.js';
import { ParticipantImportEntity } from '../participants/import/participant-import.entity.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { MeetingEntity } from '../scheduling/meeting.entity.js';
import { ScheduleEntity } from '../scheduling/schedule.entity.js';

/** Every entity, listed once for the app, the migration CLI and the tests. */
export const ENTITIES = [
  EventEntity,
  ApiKeyEntity,
  ParticipantEntity,
  ParticipantImportEntity,
  MatchingRunEntity,
  MatchListEntity,
  ScheduleEntity,
  MeetingEntity,
  EmailDeliveryEntity,
  AgendaCalendarEntryEntity,
];
