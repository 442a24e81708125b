import fc from 'fast-check';
import { foldText } from '../../src/common/fold-text.js';
import { LANGUAGE_CODES } from '../../src/taxonomy/languages.js';
import { MASSIFS } from '../../src/taxonomy/massifs.js';
import { ORGANISATION_TYPE_SLUGS } from '../../src/taxonomy/organisation-types.js';
import { REGIONS } from '../../src/taxonomy/regions.js';
import { THEME_SLUGS } from '../../src/taxonomy/themes.js';
import { generateEvent } from './generate-event.js';
import type { GeneratedEvent, GeneratedParticipant } from './generated-participant.js';
import { PROJECT_TEMPLATES } from './project-catalog.js';
import type { ProjectWordings } from './project-template.js';

const REGION_COUNTRY = new Map(REGIONS.map((region) => [region.name, region.country]));
const MASSIF_COUNTRY = new Map<string, string>(
  MASSIFS.map((massif) => [massif.slug, massif.country]),
);
const PROJECT = new Map(PROJECT_TEMPLATES.map((project) => [project.slug, project]));

const words = (text: string) =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);

/** True when `text` carries one of the wordings, allowing for the odd typo. */
function expresses(text: string | null, wordings: ProjectWordings): boolean {
  if (text === null) return false;
  const present = new Set(words(text));
  return [...wordings.fr, ...wordings.en, ...wordings.short].some((wording) => {
    const expected = words(wording);
    const found = expected.filter((word) => present.has(word)).length;
    return expected.length > 0 && found / expected.length >= 0.5;
  });
}

/** The projects whose need (or offer) a participant's texts really express. */
function expressed(p: GeneratedParticipant) {
  return {
    needs: p.planted.needs.filter((slug) => expresses(p.needs, PROJECT.get(slug)!.need)),
    offers: p.planted.offers.filter((slug) => expresses(p.offers, PROJECT.get(slug)!.offer)),
  };
}

/** Everything wrong with a generated event, as readable lines (none expected). */
function invariantBreaches({ profiles, relevant }: GeneratedEvent, size: number): string[] {
  const breaches: string[] = [];
  const check = (ok: boolean, what: string) => ok || breaches.push(what);
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const says = new Map(profiles.map((p) => [p.id, expressed(p)]));
  check(profiles.length === size, `${profiles.length} profiles`);
  const french = profiles.filter((p) => p.country === 'FR').length;
  check(french === Math.ceil(size / 2) && size - french === Math.floor(size / 2), 'countries');
  check(byId.size === size, 'duplicate ids');
  check(new Set(profiles.map((p) => p.email)).size === size, 'duplicate emails');
  for (const p of profiles) {
    check(p.email === p.email.toLowerCase(), `${p.id} email case`);
    check(p.id === p.externalId, `${p.id} externalId`);
    check(ORGANISATION_TYPE_SLUGS.includes(p.organisationType as never), `${p.id} type`);
    check(REGION_COUNTRY.get(p.region!) === p.country, `${p.id} region ${p.region}`);
    check(p.massif === null || MASSIF_COUNTRY.get(p.massif) === p.country, `${p.id} massif`);
    check(
      p.themes.every((t) => THEME_SLUGS.includes(t as never)),
      `${p.id} themes`,
    );
    check(p.languages[0] === 'fr', `${p.id} speaks no French`);
    check(
      p.languages.every((l) => LANGUAGE_CODES.includes(l as never)),
      `${p.id} languages`,
    );
  }
  for (const [id, partners] of relevant) {
    const a = byId.get(id)!;
    for (const partnerId of partners) {
      const b = byId.get(partnerId)!;
      const pair = `${id} → ${partnerId}`;
      check(b.country !== a.country, `${pair} same country`);
      check(a.consentMatching && b.consentMatching, `${pair} without consent`);
      check(relevant.get(partnerId)!.has(id), `${pair} not symmetric`);
      // The ground truth must be readable in the texts: a need one writes, an offer the other writes.
      const [needsA, needsB] = [says.get(id)!, says.get(partnerId)!];
      const answered =
        needsA.needs.some((slug) => needsB.offers.includes(slug)) ||
        needsB.needs.some((slug) => needsA.offers.includes(slug));
      check(answered, `${pair} texts do not express a complementary need and offer`);
    }
  }
  return breaches;
}

describe('generateEvent', () => {
  it('gives the same event for the same seed, another for another seed', () => {
    const first = generateEvent({ size: 300, seed: 42 });
    const again = generateEvent({ size: 300, seed: 42 });
    expect(again.profiles).toEqual(first.profiles);
    expect(again.relevant).toEqual(first.relevant);
    expect(generateEvent({ size: 300, seed: 43 }).profiles).not.toEqual(first.profiles);
  });

  it('keeps its invariants at the size of a real edition', () => {
    expect(invariantBreaches(generateEvent({ size: 2_000, seed: 20260915 }), 2_000)).toEqual([]);
  });

  it('would notice a relevant pair whose texts do not say so', () => {
    const event = generateEvent({ size: 200, seed: 3 });
    const offerer = event.profiles.find(
      (p) => p.planted.offers.length > 0 && event.relevant.get(p.id)!.size > 0,
    )!;
    offerer.offers = 'Accueil de délégations';
    expect(invariantBreaches(event, 200)).toContainEqual(
      expect.stringMatching(/texts do not express/),
    );
  });

  it('keeps its invariants for any seed and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 250 }),
        (seed, size) => {
          expect(invariantBreaches(generateEvent({ size, seed }), size)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('plants enough ground truth, and distractors that share an offer but do not make a pair', () => {
    const { profiles, relevant } = generateEvent({ size: 400, seed: 1 });
    const withPartners = profiles.filter((p) => relevant.get(p.id)!.size > 0);
    expect(withPartners.length / profiles.length).toBeGreaterThan(0.6);
    const sameOffer = profiles.flatMap((a) =>
      profiles.filter(
        (b) =>
          a.country === 'FR' &&
          b.country === 'MA' &&
          a.planted.offers.some((slug) => b.planted.offers.includes(slug)) &&
          !relevant.get(a.id)!.has(b.id),
      ),
    );
    expect(sameOffer.length).toBeGreaterThan(20);
  });

  it('writes like people do: thin profiles, English, missing accents, Arabic-script names', () => {
    const { profiles } = generateEvent({ size: 2_000, seed: 5 });
    const share = (test: (p: GeneratedParticipant) => boolean) =>
      profiles.filter(test).length / profiles.length;
    expect(share((p) => p.description === null)).toBeGreaterThan(0.1);
    expect(share((p) => p.needs !== null && !p.needs.includes(' '))).toBeGreaterThan(0.03);
    expect(share((p) => /\b(the|and|for|our)\b/.test(p.offers ?? ''))).toBeGreaterThan(0.03);
    expect(share((p) => /\p{Script=Arabic}/u.test(p.fullName))).toBeGreaterThan(0.01);
    expect(share((p) => !p.consentMatching)).toBeGreaterThan(0.01);
  });
});
