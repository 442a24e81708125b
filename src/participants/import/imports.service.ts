import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { isUuid } from '../../common/uuid.js';
import { EventsService } from '../../events/events.service.js';
import { jobIds } from '../../jobs/job-ids.js';
import { JobName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import type { ImportJobData } from './import-participants.handler.js';
import type { AcceptedUpload } from './import-upload.js';
import { ParticipantImportEntity } from './participant-import.entity.js';

@Injectable()
export class ImportsService {
  constructor(
    @InjectRepository(ParticipantImportEntity)
    private readonly imports: Repository<ParticipantImportEntity>,
    private readonly events: EventsService,
    private readonly queues: QueuesService,
  ) {}

  /**
   * Stores the rows, or a large CSV file as sent, and enqueues their import; the API never
   * applies rows, nor parses a large file, in the request.
   */
  async start(eventId: string, upload: AcceptedUpload): Promise<ParticipantImportEntity> {
    const event = await this.events.findById(eventId);
    const id = randomUUID();
    const parsed = 'rows' in upload;
    const record = this.imports.create({
      id,
      eventId: event.id,
      format: upload.format,
      status: 'queued',
      jobId: jobIds.importParticipants(id),
      // A large CSV file waits as sent; the job counts its rows when it reads it.
      totalRows: parsed ? upload.rows.length : null,
      rows: parsed ? upload.rows : null,
      upload: parsed ? null : upload.bytes,
      ignoredColumns: parsed ? upload.ignoredColumns : [],
    });
    await this.imports.save(record);
    try {
      await this.queues.add<ImportJobData>(
        JobName.ImportParticipants,
        { eventId: event.id, importId: id },
        { jobId: record.jobId },
      );
    } catch (error) {
      await this.imports.delete({ id }); // nothing half-written: no import without its job
      throw error;
    }
    return record;
  }

  async get(eventId: string, importId: string): Promise<ParticipantImportEntity> {
    const event = await this.events.findById(eventId);
    const record = isUuid(importId)
      ? await this.imports.findOneBy({ id: importId, eventId: event.id })
      : null;
    if (!record)
      throw new NotFoundException(`Import "${importId}" does not exist in event "${event.slug}"`);
    return record;
  }
}
