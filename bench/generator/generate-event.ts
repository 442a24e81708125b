import type { ThemeSlug } from '../../src/taxonomy/themes.js';
import { SeededRandom } from '../random/seeded-random.js';
import { declareThemes } from './declared-themes.js';
import type {
  GenerateEventOptions,
  GeneratedEvent,
  GeneratedParticipant,
} from './generated-participant.js';
import { plantRelevance } from './ground-truth.js';
import { writeSide } from './needs-and-offers.js';
import { pickOrganisation, pickOrganisationType } from './organisation-picker.js';
import { EmailBook, pickIdentity } from './person-identity.js';
import { writePresentation, writeSector } from './presentation.js';
import { pickProjectRoles } from './project-roles.js';
import type { EventCountry } from './project-template.js';
import { pickLanguages } from './spoken-languages.js';
import { applyVoice, pickVoice } from './writing-voice.js';

const ROUNDS = 8;

/** Rounds attended: null (all) for most, a subset for the others. */
function pickAvailability(rng: SeededRandom): number[] | null {
  if (rng.chance(0.4)) return null;
  const rounds = Array.from({ length: ROUNDS }, (_, i) => i + 1).filter(() => rng.chance(0.75));
  return rounds.length > 0 ? rounds : [rng.int(1, ROUNDS)];
}

function generateParticipant(
  index: number,
  idWidth: number,
  country: EventCountry,
  emails: EmailBook,
  rng: SeededRandom,
): GeneratedParticipant {
  const externalId = `RFMM-${String(index + 1).padStart(idWidth, '0')}`;
  const organisation = pickOrganisation(country, pickOrganisationType(country, rng), rng);
  const languages = pickLanguages(country, organisation.region, rng);
  const voice = pickVoice(languages.includes('en'), rng);
  const picked = pickProjectRoles(country, organisation, rng);
  // Someone in a hurry writes one thing per field: the ground truth must not hold more.
  const roles = voice.thin
    ? { needs: picked.needs.slice(0, 1), offers: picked.offers.slice(0, 1) }
    : picked;
  const identity = pickIdentity(country, organisation.type, emails, rng);
  const trueThemes = [...roles.needs, ...roles.offers].flatMap((project) => project.themes);
  const focus: ThemeSlug[] = [...new Set([...(organisation.themes ?? []), ...trueThemes])];
  const writer = { country, type: organisation.type, region: organisation.region, voice };
  const presenter = { country, organisation, focus, voice };
  const typed = (text: string | null) => (text === null ? null : applyVoice(text, voice, rng));
  return {
    id: externalId,
    externalId,
    firstName: identity.firstName,
    lastName: identity.lastName,
    fullName: `${identity.firstName} ${identity.lastName}`,
    email: identity.email,
    organisation: organisation.name,
    organisationType: organisation.type,
    sector: writeSector(presenter, rng),
    country,
    region: organisation.region,
    massif: organisation.massif,
    themes: declareThemes(trueThemes, rng),
    languages,
    offers: typed(writeSide('offer', roles.offers, writer, rng)),
    needs: typed(writeSide('need', roles.needs, writer, rng)),
    description: typed(writePresentation(presenter, rng)),
    consentMatching: rng.chance(0.97),
    consentEmail: rng.chance(0.92),
    availability: pickAvailability(rng),
    planted: {
      needs: roles.needs.map((project) => project.slug),
      offers: roles.offers.map((project) => project.slug),
    },
  };
}

/**
 * A synthetic edition of the Rencontres: `size` registrations, half French, half Moroccan, in
 * registration order, with the planted ground truth of who should meet whom. Same seed, same event.
 */
export function generateEvent({
  size,
  seed,
  groundTruth = true,
}: GenerateEventOptions): GeneratedEvent {
  const rng = new SeededRandom(seed);
  const french = Math.ceil(size / 2);
  const countries = rng.shuffle<EventCountry>(
    Array.from({ length: size }, (_, i) => (i < french ? 'FR' : 'MA')),
  );
  const idWidth = Math.max(4, String(size).length);
  const emails = new EmailBook();
  const profiles = countries.map((country, index) =>
    generateParticipant(index, idWidth, country, emails, rng),
  );
  return { profiles, relevant: groundTruth ? plantRelevance(profiles) : new Map() };
}
