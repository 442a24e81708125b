import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_STATUSES, ParticipantImportEntity } from './participant-import.entity.js';
import { countsOf } from './import-summary.js';

export class ImportAcceptedDto {
  @ApiProperty({ description: 'Follow progress at GET /jobs/{jobId}' }) jobId: string;
  @ApiProperty({
    format: 'uuid',
    description: 'Outcome at GET /events/{eventId}/imports/{importId}',
  })
  importId: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Rows found in the file; null for a CSV file over 64 KiB, which the import job reads (see totalRows at GET …/imports/{importId})',
  })
  rows: number | null;
  @ApiProperty({
    nullable: true,
    type: [String],
    description:
      'CSV columns that were not recognised; null until the import job has read a large CSV file',
  })
  ignoredColumns: string[] | null;
}

export class ImportCountsDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() rejected: number;
}

export class ImportRowErrorDto {
  @ApiProperty({
    description: 'Line in the CSV file (header = 1) or position in the JSON array (from 1)',
  })
  row: number;
  @ApiPropertyOptional({ nullable: true, type: String }) externalId: string | null;
  @ApiProperty({ example: 'country' }) field: string;
  @ApiProperty({ example: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  reason: string;
}

export class ImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status: string;
  @ApiProperty({ enum: ['json', 'csv'] }) format: string;
  @ApiProperty() jobId: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'null while the import job is still reading a large CSV file',
  })
  totalRows: number | null;
  @ApiProperty() processedRows: number;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
  @ApiProperty({ type: [ImportRowErrorDto] }) errors: ImportRowErrorDto[];
  @ApiProperty({ type: [String] }) ignoredColumns: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) failureReason: string | null;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) finishedAt: Date | null;

  static from(record: ParticipantImportEntity): ImportDto {
    return {
      id: record.id,
      status: record.status,
      format: record.format,
      jobId: record.jobId,
      totalRows: record.totalRows,
      processedRows: record.processedRows,
      counts: countsOf(record),
      errors: record.errors,
      ignoredColumns: record.ignoredColumns,
      failureReason: record.failureReason,
      createdAt: record.createdAt,
      startedAt: record.startedAt,
      finishedAt: record.finishedAt,
    };
  }
}
