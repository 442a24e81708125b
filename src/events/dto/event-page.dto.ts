import { ApiProperty } from '@nestjs/swagger';
import { EventDto } from './event.dto.js';

export class EventPageDto {
  @ApiProperty({
    enum: ['all', 'event'],
    description: '`all` for the admin key (every event), `event` for an event’s own key',
  })
  scope: 'all' | 'event';

  @ApiProperty({ type: [EventDto] }) items: EventDto[];
  @ApiProperty({ description: 'Events this key may see, all pages together' }) total: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` to read the next page; null on the last page',
  })
  nextCursor: string | null;
}
