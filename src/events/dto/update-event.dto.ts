import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateEventDto } from './create-event.dto.js';

/**
 * `PATCH /events/:eventId`: any of the create fields but the slug, which registration
 * front-ends and links already carry. `null` clears a date or the organiser's contact;
 * `settings` is merged into the current settings (weights key by key).
 */
export class UpdateEventDto extends PartialType(OmitType(CreateEventDto, ['slug'] as const)) {}
