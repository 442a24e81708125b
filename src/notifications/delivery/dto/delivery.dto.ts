import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS } from '../../notification-kind.js';
import { DELIVERY_STATUSES } from '../email-delivery.entity.js';

export class DeliveryRecipientDto {
  @ApiProperty({ example: 'RFMM-0002' }) externalId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ description: "The participant's current address" }) email: string;
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'no-consent',
    description:
      'Why a skipped e-mail was not sent: no-consent, superseded (its content changed before it left), no-partners',
  })
  skipReason: string | null;
  @ApiProperty({ type: DeliveryRecipientDto }) participant: DeliveryRecipientDto;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Message-ID of the e-mail' })
  providerMessageId: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The last failure, as the mail server worded it',
  })
  error: string | null;
  @ApiProperty({ description: 'Sending attempts so far' }) attempts: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) sentAt: Date | null;
}

export class DeliveryTotalsDto {
  @ApiProperty() queued: number;
  @ApiProperty() sent: number;
  @ApiProperty() failed: number;
  @ApiProperty() skipped: number;
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryDto] }) items: DeliveryDto[];
  @ApiProperty({
    type: DeliveryTotalsDto,
    description:
      "The event's deliveries by status (of the requested kind, if any), all pages together",
  })
  totals: DeliveryTotalsDto;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` to read the next page; null on the last page',
  })
  nextCursor: string | null;
}
