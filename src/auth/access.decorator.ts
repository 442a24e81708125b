import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a route, from the most to the least trusted: the admin key; an event's
 * organiser key; an event's front-end key (one participant at a time); anyone.
 */
export const ACCESS_LEVELS = ['admin', 'organiser', 'frontend', 'public'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const ACCESS = Symbol('ACCESS');

/** The least trusted caller a route accepts; routes without it need the organiser key. */
export const Access = (level: AccessLevel) => SetMetadata(ACCESS, level);
