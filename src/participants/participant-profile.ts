import type { ParticipantInputDto } from './dto/participant-input.dto.js';
import type { ParticipantEntity } from './participant.entity.js';

/** The stored profile: what a registration says, with absent fields made explicit. */
export interface ParticipantProfile {
  email: string;
  fullName: string;
  organisation: string;
  organisationType: string;
  sector: string | null;
  country: string;
  region: string | null;
  massif: string | null;
  themes: string[];
  languages: string[];
  offers: string | null;
  needs: string | null;
  description: string | null;
  consentMatching: boolean;
  consentEmail: boolean;
  availability: number[] | null;
}

const PROFILE_FIELDS = [
  'email',
  'fullName',
  'organisation',
  'organisationType',
  'sector',
  'country',
  'region',
  'massif',
  'themes',
  'languages',
  'offers',
  'needs',
  'description',
  'consentMatching',
  'consentEmail',
  'availability',
] as const satisfies readonly (keyof ParticipantProfile)[];

/** PUT replaces the whole profile: a field left out is cleared, consents default to "no". */
export function toProfile(input: ParticipantInputDto): ParticipantProfile {
  return {
    email: input.email,
    fullName: input.fullName,
    organisation: input.organisation,
    organisationType: input.organisationType,
    sector: input.sector ?? null,
    country: input.country,
    region: input.region ?? null,
    massif: input.massif ?? null,
    themes: input.themes ?? [],
    languages: input.languages ?? [],
    offers: input.offers ?? null,
    needs: input.needs ?? null,
    description: input.description ?? null,
    consentMatching: input.consentMatching ?? false,
    consentEmail: input.consentEmail ?? false,
    availability: input.availability ? [...input.availability].sort((a, b) => a - b) : null,
  };
}

/** True when storing `profile` would change nothing (so no version bump, no re-matching). */
export function isSameProfile(stored: ParticipantEntity, profile: ParticipantProfile): boolean {
  return PROFILE_FIELDS.every(
    (field) => JSON.stringify(stored[field]) === JSON.stringify(profile[field]),
  );
}
