import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runUpdate } from '../../database/run-update.js';
import { emailLanguage, type EmailLanguage } from '../content/email-language.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';
import type { UnsubscribePageKind } from './unsubscribed-page.js';

/** What a link leads to: the page to show, its HTTP status, and in which language. */
export interface UnsubscribeOutcome {
  kind: UnsubscribePageKind;
  status: 200 | 400 | 404 | 410;
  /** The participant's own language when the link names one still registered. */
  lang: EmailLanguage | null;
  eventName: string | null;
}

const TRUNCATED: UnsubscribeOutcome = {
  kind: 'truncated',
  status: 400,
  lang: null,
  eventName: null,
};
const NOT_VALID: UnsubscribeOutcome = {
  kind: 'not-valid',
  status: 404,
  lang: null,
  eventName: null,
};

/**
 * Reads unsubscribe links (opening one changes nothing) and turns e-mails off when the person
 * confirms. A token names a participant row by its id, never reused: once that registration is
 * erased the link says it no longer applies, even if the person registered again since.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: UnsubscribeLinks,
  ) {}

  /** What opening the link shows: a confirmation question, or why there is none. */
  async look(token: string): Promise<UnsubscribeOutcome> {
    const subject = this.links.read(token);
    if (subject === 'malformed') return TRUNCATED;
    if (subject === 'forged') return NOT_VALID;
    const eventName = await this.eventName(subject.eventId);
    const [participant]: { languages: string[]; consent_email: boolean }[] =
      await this.dataSource.query(
        'SELECT languages, consent_email FROM participant WHERE id = $1 AND event_id = $2',
        [subject.participantId, subject.eventId],
      );
    if (!participant) return { kind: 'no-longer-applies', status: 410, lang: null, eventName };
    return {
      kind: participant.consent_email ? 'confirm' : 'already-unsubscribed',
      status: 200,
      lang: emailLanguage(participant.languages),
      eventName,
    };
  }

  /** Turns e-mails off; confirming twice confirms again. */
  async confirm(token: string): Promise<UnsubscribeOutcome> {
    const subject = this.links.read(token);
    if (subject === 'malformed') return TRUNCATED;
    if (subject === 'forged') return NOT_VALID;
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
    const eventName = await this.eventName(subject.eventId);
    if (!participant) return { kind: 'no-longer-applies', status: 410, lang: null, eventName };
    return {
      kind: 'unsubscribed',
      status: 200,
      lang: emailLanguage(participant.languages),
      eventName,
    };
  }

  private async eventName(eventId: string): Promise<string | null> {
    const [event]: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM event WHERE id = $1',
      [eventId],
    );
    return event?.name ?? null;
  }
}
