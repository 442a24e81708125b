import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import type { SeededRandom } from '../random/seeded-random.js';
import {
  FR_FAMILY_NAMES,
  FR_GIVEN_NAMES,
  MA_FAMILY_NAMES,
  MA_GIVEN_NAMES,
} from './person-names.data.js';
import type { EventCountry } from './project-template.js';

export interface PersonIdentity {
  /** As the person typed it: Latin or, for a few Moroccans, Arabic script. */
  firstName: string;
  lastName: string;
  email: string;
}

/** Hands out e-mail addresses, unique (lower-case) within one event. */
export class EmailBook {
  private readonly taken = new Set<string>();

  allocate(localPart: string, domain: string): string {
    let email = `${localPart}@${domain}`;
    for (let n = 2; this.taken.has(email); n++) email = `${localPart}${n}@${domain}`;
    this.taken.add(email);
    return email;
  }
}

/** « Aït Benhaddou » → « aitbenhaddou »: what people put before the @. */
function mailbox(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

// Reserved-looking example domains: a sample file must never reach a real mailbox.
function domainFor(country: EventCountry, type: OrganisationType, rng: SeededRandom): string {
  if (type === 'association' && rng.chance(0.3)) return 'example.org';
  if (type === 'entreprise' && rng.chance(0.3)) return 'example.com';
  return country === 'FR' ? 'example.fr' : 'example.ma';
}

export function pickIdentity(
  country: EventCountry,
  type: OrganisationType,
  emails: EmailBook,
  rng: SeededRandom,
): PersonIdentity {
  const moroccan = country === 'MA';
  const given = moroccan ? rng.pick(MA_GIVEN_NAMES) : { latin: rng.pick(FR_GIVEN_NAMES) };
  const family = moroccan ? rng.pick(MA_FAMILY_NAMES) : { latin: rng.pick(FR_FAMILY_NAMES) };
  const first = mailbox(given.latin);
  const last = mailbox(family.latin);
  const localPart = rng.pick([
    `${first}.${last}`,
    `${first}.${last}`,
    `${first}.${last}`,
    `${first[0]}.${last}`,
    `${first}${last}`,
    `${last}.${first}`,
  ]);
  const arabicScript = moroccan && rng.chance(0.05);
  return {
    firstName: arabicScript && 'arabic' in given ? given.arabic : given.latin,
    lastName: arabicScript && 'arabic' in family ? family.arabic : family.latin,
    email: emails.allocate(localPart, domainFor(country, type, rng)),
  };
}
