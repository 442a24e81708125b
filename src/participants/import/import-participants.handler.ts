import type { EventJobData } from '../../jobs/event-job-data.js';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { EventEntity } from '../../events/event.entity.js';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { MatchingRunsService } from '../../matching/runs/matching-runs.service.js';
import { JobName } from '../../jobs/queue-names.js';
import { applyImportRow } from './apply-import-row.js';
import { IMPORT_BATCH_SIZE } from './import-limits.js';
import type { ImportRow } from './import-row.js';
import { ImportCounts, ImportSummary, summaryOf } from './import-summary.js';
import { ImportRowError, ParticipantImportEntity } from './participant-import.entity.js';
import { readCsvUpload } from './read-csv-upload.js';

export interface ImportJobData extends EventJobData {
  importId: string;
}

/**
 * Applies an import in batches, one transaction each. The batch and the import's checkpoint
 * commit together, so a retried or resumed job carries on where the last one stopped and
 * never applies a row twice.
 */
@Injectable()
@HandlesJob(JobName.ImportParticipants)
export class ImportParticipantsHandler implements JobHandler<ImportJobData, ImportSummary> {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matchingRuns: MatchingRunsService,
  ) {}

  async handle(job: Job<ImportJobData, ImportSummary>): Promise<ImportSummary> {
    const imports = this.dataSource.getRepository(ParticipantImportEntity);
    const record = await imports
      .createQueryBuilder('import')
      .addSelect('import.rows')
      .addSelect('import.upload')
      .where('import.id = :id', { id: job.data.importId })
      .getOne();
    if (!record) throw new Error(`Import ${job.data.importId} no longer exists`);
    if (record.status === 'completed') return summaryOf(record);

    try {
      await imports.update(
        { id: record.id },
        { status: 'running', startedAt: record.startedAt ?? new Date() },
      );
      const rows = record.rows ?? (record.upload ? await this.readStoredCsv(record) : []);
      if (!rows) {
        // The file cannot be read at all: no retry will change that.
        throw new UnrecoverableError(record.failureReason ?? 'The CSV file cannot be read');
      }
      const firstRowOfExternalId = firstRows(rows);
      for (let start = record.processedRows; start < rows.length; start += IMPORT_BATCH_SIZE) {
        const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
        await this.dataSource.transaction((manager) =>
          this.applyBatch(manager, record, start, batch, firstRowOfExternalId),
        );
        await job.updateProgress(Math.round((100 * (start + batch.length)) / rows.length));
      }
      // The rows were personal data in transit; only the participants table keeps them.
      await imports.update(
        { id: record.id },
        { status: 'completed', rows: null, finishedAt: new Date(), failureReason: null },
      );
      const done = await imports.findOneByOrFail({ id: record.id });
      await this.refreshMatches(done);
      return summaryOf(done);
    } catch (error) {
      const finalAttempt =
        error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.warn(`Import ${record.id} failed: ${(error as Error).message}`);
      await imports.update(
        { id: record.id },
        {
          failureReason: (error as Error).message,
          ...(finalAttempt && { status: 'failed' as const }),
        },
      );
      throw error;
    }
  }

  /**
   * Reads a large CSV file the API stored as sent. Its rows replace the file in one update, so
   * a retry after a crash starts from the rows; a format error ends the import as failed, with
   * the reason as its failure and as a row error (the line it names, else the header's).
   */
  private async readStoredCsv(record: ParticipantImportEntity): Promise<ImportRow[] | null> {
    const reading = await readCsvUpload(record.upload!);
    if (reading.kind === 'refused') {
      const line = /^CSV line (\d+)/.exec(reading.message);
      const rowError: ImportRowError = {
        row: line ? Number(line[1]) : 1,
        externalId: null,
        field: 'file',
        reason: reading.message,
      };
      record.failureReason = reading.message;
      await this.dataSource.query(
        `UPDATE participant_import
            SET status = 'failed', failure_reason = $2, total_rows = 0, errors = $3::jsonb,
                upload = NULL, finished_at = now()
          WHERE id = $1`,
        [record.id, reading.message, JSON.stringify([rowError])],
      );
      return null;
    }
    await this.dataSource.query(
      `UPDATE participant_import
          SET rows = $2::jsonb, total_rows = $3, ignored_columns = $4, upload = NULL
        WHERE id = $1`,
      [record.id, JSON.stringify(reading.rows), reading.rows.length, reading.ignoredColumns],
    );
    return reading.rows;
  }

  /** Many registrations changed at once: a full run beats thousands of incremental updates. */
  private async refreshMatches(record: ParticipantImportEntity): Promise<void> {
    if (record.createdCount + record.updatedCount === 0) return;
    const event = await this.dataSource
      .getRepository(EventEntity)
      .findOneByOrFail({ id: record.eventId });
    if (event.currentMatchingRunId) await this.matchingRuns.startFor(event);
  }

  private async applyBatch(
    manager: EntityManager,
    record: ParticipantImportEntity,
    start: number,
    batch: ImportRow[],
    firstRowOfExternalId: ReadonlyMap<string, number>,
  ): Promise<void> {
    // The checkpoint row lock makes two deliveries of the same job take turns.
    const [checkpoint] = await manager.query(
      'SELECT processed_rows FROM participant_import WHERE id = $1 FOR UPDATE',
      [record.id],
    );
    if (checkpoint.processed_rows !== start) {
      throw new Error(
        `Import ${record.id} moved on (at row ${checkpoint.processed_rows}, expected ${start})`,
      );
    }
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    const errors: ImportRowError[] = [];
    for (const row of batch) {
      const result = await applyImportRow(manager, record.eventId, row, firstRowOfExternalId);
      if ('errors' in result) {
        counts.rejected += 1;
        errors.push(...result.errors);
      } else {
        counts[result.outcome] += 1;
      }
    }
    await manager.query(
      `UPDATE participant_import
          SET processed_rows = $2, created_count = created_count + $3, updated_count = updated_count + $4,
              unchanged_count = unchanged_count + $5, rejected_count = rejected_count + $6,
              errors = errors || $7::jsonb
        WHERE id = $1`,
      [
        record.id,
        start + batch.length,
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.rejected,
        JSON.stringify(errors),
      ],
    );
  }
}

/** The first row that names each externalId; later rows naming it again are rejected. */
function firstRows(rows: ImportRow[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (row.externalId && !first.has(row.externalId)) first.set(row.externalId, row.rowNumber);
  }
  return first;
}
