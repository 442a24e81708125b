import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/http/error-body.js';
import { DeliveriesService } from './deliveries.service.js';
import { DeliveryPageDto } from './dto/delivery.dto.js';
import { ListDeliveriesQuery } from './dto/list-deliveries.query.js';

@ApiBearerAuth()
@ApiTags('notifications')
@Controller('events/:eventId/notifications/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOperation({
    summary: "The event's e-mail log, newest first: one entry per e-mail version",
    description:
      'queued (waiting or being retried), sent, failed (refused by the mail server, or still failing after the last retry; see error) ' +
      'or skipped (see skipReason). Erasing a participant erases their entries.',
  })
  @ApiParam({ name: 'eventId', description: 'Event id or slug' })
  @ApiOkResponse({ type: DeliveryPageDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event' })
  list(
    @Param('eventId') eventId: string,
    @Query() query: ListDeliveriesQuery,
  ): Promise<DeliveryPageDto> {
    return this.deliveries.list(eventId, query);
  }
}
