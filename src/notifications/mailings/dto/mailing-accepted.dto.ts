import { ApiProperty } from '@nestjs/swagger';

export class MailingAcceptedDto {
  @ApiProperty({
    example: 'mailing-5b0c…',
    description:
      'Follow it at GET /jobs/{jobId}: once planned, its result counts the e-mails queued (or, for a dry run, that would be sent) and those skipped, with reasons',
  })
  jobId: string;
}
