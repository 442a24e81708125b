import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { FieldError } from '../common/http/error-body.js';
import { ValidationFailedException } from '../common/http/validation-failed.exception.js';
import { isUuid } from '../common/uuid.js';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { isCalendarDate } from './calendar-date.js';
import type { CreateEventDto } from './dto/create-event.dto.js';
import { EventEntity } from './event.entity.js';
import { resolveEventSettings } from './event-settings.js';
import { readEventReference } from './event-reference.js';
import { SLUG_LENGTH, slugFromName, slugProblem } from './event-slug.js';

@Injectable()
export class EventsService {
  constructor(@InjectRepository(EventEntity) private readonly events: Repository<EventEntity>) {}

  /** In the caller's transaction when given one (the event's keys are issued with it). */
  async create(input: CreateEventDto, manager?: EntityManager): Promise<EventEntity> {
    const events = manager?.getRepository(EventEntity) ?? this.events;
    const slug = input.slug ?? slugFromName(input.name);
    const problems = this.checkCreate(input, slug);
    if (problems.length) throw new ValidationFailedException(problems);

    const event = events.create({
      slug,
      name: input.name,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      timezone: input.timezone ?? 'Europe/Paris',
      settings: resolveEventSettings(input.settings),
    });
    try {
      return await events.save(event);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException({
          message: `An event with slug "${slug}" already exists`,
          errors: [{ field: 'slug', reason: `slug "${slug}" is already taken` }],
        });
      }
      throw error;
    }
  }

  /**
   * The id of the event a path's reference names, or null when it names none the caller may
   * reach. `reachable` is the one event a caller is limited to (an event key's own), absent for
   * the admin. The key guard calls this once per request, authorises its answer and puts it in
   * place of the path's `eventId`: everything behind the guard works with that id (`findById`),
   * never with the reference again.
   */
  async resolveReference(
    reference: string,
    reachable?: { id: string; slug: string },
  ): Promise<string | null> {
    const named = readEventReference(reference);
    if (!named) return null;
    if (reachable) {
      // Ids and slugs are each unique: whether it is the key's own event needs no query.
      const own = 'id' in named ? named.id === reachable.id : named.slug === reachable.slug;
      return own ? reachable.id : null;
    }
    const event = await this.events.findOne({ select: { id: true }, where: named });
    return event?.id ?? null;
  }

  /** An event by its id (as the key guard resolved it); an unknown one is a 404. */
  async findById(eventId: string): Promise<EventEntity> {
    const event = isUuid(eventId) ? await this.events.findOneBy({ id: eventId }) : null;
    if (!event) throw eventNotFound(eventId);
    return event;
  }

  private checkCreate(input: CreateEventDto, slug: string): FieldError[] {
    const problems: FieldError[] = [];
    const slugIssue = slugProblem(slug);
    if (slugIssue) {
      const derivedTooShort = input.slug === undefined && slug.length < SLUG_LENGTH.min;
      problems.push({
        field: 'slug',
        reason: derivedTooShort
          ? 'slug is required when the name does not give one (at least 3 Latin letters or digits)'
          : slugIssue,
      });
    }
    for (const field of ['startsOn', 'endsOn'] as const) {
      const value = input[field];
      if (value && !isCalendarDate(value)) {
        problems.push({ field, reason: `${field} is not a real calendar date` });
      }
    }
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      problems.push({ field: 'endsOn', reason: 'endsOn must not be before startsOn' });
    }
    const weights = resolveEventSettings(input.settings).weights;
    if (Object.values(weights).every((weight) => weight === 0)) {
      problems.push({ field: 'settings.weights', reason: 'at least one weight must be above 0' });
    }
    return problems;
  }
}

export function eventNotFound(reference: string): NotFoundException {
  return new NotFoundException(`Event "${reference}" does not exist`);
}
