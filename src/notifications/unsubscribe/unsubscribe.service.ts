import { Injectable, NotFoundException } from '@nestjs/common';
import { runUpdate } from '../../database/run-update.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedException } from '../../common/http/validation-failed.exception.js';
import { emailLanguage } from '../content/email-language.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';
import { unsubscribedPage } from './unsubscribed-page.js';

/** Turns e-mails off for the participant a link names, at once, and says so. */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: UnsubscribeLinks,
  ) {}

  /** The confirmation page; clicking twice, or after an erasure, confirms again. */
  async unsubscribe(token: string): Promise<string> {
    const subject = this.links.read(token);
    if (subject === 'malformed') {
      throw new ValidationFailedException([
        { field: 'token', reason: 'token is not an unsubscribe token (copy the whole link)' },
      ]);
    }
    if (subject === 'forged') throw new NotFoundException('This unsubscribe link is not valid');
    const {
      rows: [participant],
    } = await runUpdate<{ languages: string[] }>(
      this.dataSource,
      `UPDATE participant
          SET consent_email = false,
              updated_at = CASE WHEN consent_email THEN now() ELSE updated_at END
        WHERE id = $1 AND event_id = $2
    RETURNING languages`,
      [subject.participantId, subject.eventId],
    );
    const [event]: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM event WHERE id = $1',
      [subject.eventId],
    );
    return unsubscribedPage(emailLanguage(participant?.languages ?? []), event?.name ?? null);
  }
}
