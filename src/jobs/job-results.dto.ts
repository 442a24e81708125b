import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS } from '../notifications/notification-kind.js';
import { DELIVERY_STATUSES } from '../notifications/delivery/email-delivery.entity.js';
import { ImportCountsDto } from '../participants/import/import.dto.js';
import { IMPORT_STATUSES } from '../participants/import/participant-import.entity.js';

/* What each job returns (GET /jobs/{jobId} → result): small, ids and counts. */

/** import-participants */
export class ImportJobResultDto {
  @ApiProperty({ format: 'uuid' }) importId: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: string;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
}

/** finish-matching-run (the job of POST …/matching/runs) */
export class MatchingRunJobResultDto {
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty({ description: 'Consenting participants ranked' }) participants: number;
  @ApiProperty({ description: 'Lists stored' }) lists: number;
}

/** compute-matching-shard */
export class MatchingShardJobResultDto {
  @ApiProperty({ description: 'Lists stored by this shard' }) lists: number;
}

/** update-participant-matches */
export class MatchUpdateJobResultDto {
  @ApiProperty({ format: 'uuid' }) participantId: string;
  @ApiProperty() listsUpdated: number;
  @ApiPropertyOptional({ description: 'Why nothing was done' }) skipped?: string;
}

export class PlannedEmailDto {
  @ApiProperty() externalId: string;
  @ApiProperty({ enum: ['queued', 'would-send', 'skipped'] }) status: string;
  @ApiPropertyOptional({ example: 'no-consent' }) reason?: string;
  @ApiPropertyOptional({ type: [String], description: "What the e-mail lists (partners' ids)" })
  items?: string[];
}

/** plan-mailing (the job of POST …/notifications/suggestions and …/schedules/{id}/notifications) */
export class MailingJobResultDto {
  @ApiProperty({ format: 'uuid' }) mailingId: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: string;
  @ApiProperty() dryRun: boolean;
  @ApiProperty() recipients: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'E-mails by status: queued, would-send, skipped',
  })
  counts: Record<string, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Skipped e-mails by reason',
  })
  skipped: Record<string, number>;
  @ApiPropertyOptional({ type: [PlannedEmailDto], description: 'Dry runs only' })
  report?: PlannedEmailDto[];
}

/** send-email */
export class SendEmailJobResultDto {
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ enum: [...DELIVERY_STATUSES, 'gone', 'busy'] }) status: string;
}
