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
import { SLUG_LENGTH, SLUG_PATTERN, slugFromName, slugProblem } from './event-slug.js';
import type { UpdateEventDto } from './dto/update-event.dto.js';
import { matchingSettingsDiffer, patchEventSettings } from './event-settings-patch.js';
import type { EventSettingsPatch } from './event-settings-patch.js';

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

  /** A page of events ordered by slug; `onlyId` narrows it to one event (an event's own key). */
  async list(
    query: { limit?: number; cursor?: string },
    onlyId?: string,
  ): Promise<{ items: EventEntity[]; total: number; nextCursor: string | null }> {
    const limit = query.limit ?? 50;
    const filtered = this.events.createQueryBuilder('event');
    if (onlyId) filtered.where('event.id = :onlyId', { onlyId });
    const total = await filtered.clone().getCount();
    const page = filtered
      .clone()
      .orderBy('event.slug', 'ASC')
      .take(limit + 1);
    if (query.cursor)
      page.andWhere('event.slug > :after', { after: decodeEventCursor(query.cursor) });
    const rows = await page.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit ? Buffer.from(last.slug, 'utf8').toString('base64url') : null;
    return { items, total, nextCursor };
  }

  /**
   * Changes what the patch names and keeps the rest; says whether the matching settings
   * changed, so the organiser knows the lists need a new run.
   */
  async update(
    eventId: string,
    input: UpdateEventDto,
  ): Promise<{ event: EventEntity; matchingSettingsChanged: boolean }> {
    const event = await this.findById(eventId);
    const before = event.settings;
    const settings = patchEventSettings(before, input.settings as EventSettingsPatch | undefined);
    const startsOn = input.startsOn === undefined ? event.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? event.endsOn : input.endsOn;
    const problems: FieldError[] = [];
    if (input.name === null) problems.push({ field: 'name', reason: 'name cannot be removed' });
    if (input.timezone === null) {
      problems.push({ field: 'timezone', reason: 'timezone cannot be removed' });
    }
    for (const [field, value] of [
      ['startsOn', input.startsOn],
      ['endsOn', input.endsOn],
    ] as const) {
      if (value && !isCalendarDate(value)) {
        problems.push({ field, reason: `${field} is not a real calendar date` });
      }
    }
    if (startsOn && endsOn && endsOn < startsOn) {
      problems.push({ field: 'endsOn', reason: 'endsOn must not be before startsOn' });
    }
    if (Object.values(settings.weights).every((weight) => weight === 0)) {
      problems.push({ field: 'settings.weights', reason: 'at least one weight must be above 0' });
    }
    if (problems.length) throw new ValidationFailedException(problems);

    Object.assign(event, {
      name: input.name ?? event.name,
      timezone: input.timezone ?? event.timezone,
      startsOn,
      endsOn,
      settings,
    });
    const saved = await this.events.save(event);
    return { event: saved, matchingSettingsChanged: matchingSettingsDiffer(before, settings) };
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

/** The last slug of the previous page; anything else (NUL bytes, stray text) is a 400. */
function decodeEventCursor(cursor: string): string {
  const slug = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!SLUG_PATTERN.test(slug) || Buffer.from(slug, 'utf8').toString('base64url') !== cursor) {
    throw new ValidationFailedException([
      { field: 'cursor', reason: 'cursor is not one this API returned' },
    ]);
  }
  return slug;
}
