import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NOTIFICATION_KINDS } from '../../notification-kind.js';
import type { NotificationKind } from '../../notification-kind.js';
import { DELIVERY_STATUSES } from '../email-delivery.entity.js';
import type { DeliveryStatus } from '../email-delivery.entity.js';
import { CursorPageQuery } from '../../../common/http/cursor-page.query.js';

export class ListDeliveriesQuery extends CursorPageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS, { message: `kind must be one of: ${NOTIFICATION_KINDS.join(', ')}` })
  kind?: NotificationKind;
}
