import { Injectable, Logger } from '@nestjs/common';
import { jobIds } from '../../jobs/job-ids.js';
import { JobName } from '../../jobs/queue-names.js';
import { QueueName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import type { UpdateParticipantMatchesJobData } from '../runs/matching-job-data.js';

/** Enqueues the incremental update of one participant's place in the lists. */
@Injectable()
export class MatchUpdatesService {
  private readonly logger = new Logger('Matching');

  constructor(private readonly queues: QueuesService) {}

  /**
   * One pending update per participant: later triggers fold into it. An erasure carries the
   * lists to refill, so it is never folded into (or dropped for) another update.
   * The registration is already stored when this runs: if the queue is down, the lists catch
   * up at the next full run, so the failure is logged rather than failing the request.
   */
  async enqueue(eventId: string, participantId: string, refill?: string[]): Promise<void> {
    const data: UpdateParticipantMatchesJobData = {
      eventId,
      participantId,
      ...(refill && { refill }),
    };
    try {
      await this.queues.add(
        JobName.UpdateParticipantMatches,
        data,
        refill ? {} : { deduplication: { id: jobIds.participantMatchesKey(participantId) } },
      );
    } catch (error) {
      this.logger.warn(`Could not enqueue a match update: ${(error as Error).message}`);
    }
  }

  /**
   * Whether an update of the participant is still queued or running. BullMQ drops the
   * deduplication key once the job is finished, after their own list was written.
   */
  async isPending(participantId: string): Promise<boolean> {
    try {
      const jobId = await this.queues
        .queue(QueueName.Matching)
        .getDeduplicationJobId(jobIds.participantMatchesKey(participantId));
      return jobId !== null;
    } catch (error) {
      // Redis unreachable: the stored answer is all there is to give.
      this.logger.warn(`Could not read pending match updates: ${(error as Error).message}`);
      return false;
    }
  }
}
