import { ApiProperty } from '@nestjs/swagger';

export class MailingAcceptedDto {
  @ApiProperty({
    example: 'mailing-5b0c…',
    description:
      'Follow it at GET /jobs/{jobId}: once planned, its result counts the e-mails queued (or, for a dry run, that would be sent) and those skipped, with reasons',
  })
  jobId: string;

  @ApiProperty({
    type: [String],
    example: [
      'no-contact: event "essai" names no organiserEmail and REPLY_TO is not set, so these e-mails come from no-reply@… with no Reply-To: …',
    ],
    description:
      'What the organiser should know before the e-mails go (empty when all is well), each starting with its code. ' +
      '"no-contact": the event names no organiserEmail and REPLY_TO is unset, so participants have nobody to write to. ' +
      'The mailing goes ahead (a dry run too); the job result repeats them.',
  })
  warnings: string[];
}
