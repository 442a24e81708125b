import { foldText } from '../../../common/fold-text.js';
import { COOPERATION_LINKS, CooperationLink } from '../../../taxonomy/cooperations.js';
import { mentionsPlace, placeCore } from './place-names.js';

/**
 * Which known links a profile can claim, as bit sets over the links (two 32-bit words, as the
 * scoring loop tests millions of pairs and BigInt is slow): by naming the place of its own
 * country's side of a link, or by being in that side's region.
 */
export interface LinkMembership {
  side: 'fr' | 'ma' | null;
  places: [number, number];
  regions: [number, number];
}

export interface TerritoryText {
  country: string;
  region: string | null;
  /** The organisation's name: where a commune or a park names itself ("Commune de Taliouine"). */
  text: string;
}

if (COOPERATION_LINKS.length > 64) throw new Error('Cooperation links exceed the 64-bit sets');

const LINKS = COOPERATION_LINKS.map((link, index) => ({
  link,
  word: index >> 5,
  bit: 1 << (index & 31),
  frCore: placeCore(link.fr),
  maCore: placeCore(link.ma),
  frRegion: foldText(link.frRegion),
  maRegion: foldText(link.maRegion),
  // Shared by every pair linked so, rather than one object per pair shown.
  atPlace: Object.freeze<SharedLink>({ link, level: 'place' }),
  inRegion: Object.freeze<SharedLink>({ link, level: 'region' }),
}));

type Side = 'fr' | 'ma';

// Most organisation names name no linked place: one search for all of a side's place names at
// once rules them out before each is looked for on its own.
const ANY_PLACE: Record<Side, RegExp> = {
  fr: anyOf(LINKS.map((entry) => entry.frCore)),
  ma: anyOf(LINKS.map((entry) => entry.maCore)),
};

/** The links of each side's regions, by folded region name. */
const REGION_LINKS: Record<Side, Map<string, [number, number]>> = {
  fr: linksByRegion((entry) => entry.frRegion),
  ma: linksByRegion((entry) => entry.maRegion),
};

export function linkMembership(profile: TerritoryText): LinkMembership {
  const side = profile.country === 'FR' ? 'fr' : profile.country === 'MA' ? 'ma' : null;
  const places: [number, number] = [0, 0];
  if (!side) return { side, places, regions: [0, 0] };
  const text = foldText(profile.text);
  if (ANY_PLACE[side].test(text)) {
    for (const entry of LINKS) {
      if (mentionsPlace(text, side === 'fr' ? entry.frCore : entry.maCore)) {
        places[entry.word] |= entry.bit;
      }
    }
  }
  const region = profile.region ? foldText(profile.region) : '';
  const regionLinks = region ? REGION_LINKS[side].get(region) : undefined;
  const regions: [number, number] = regionLinks ? [regionLinks[0], regionLinks[1]] : [0, 0];
  return { side, places, regions };
}

/** Matches where any of `texts` occurs. */
function anyOf(texts: readonly string[]): RegExp {
  return new RegExp(texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

function linksByRegion(
  regionOf: (entry: (typeof LINKS)[number]) => string,
): Map<string, [number, number]> {
  const byRegion = new Map<string, [number, number]>();
  for (const entry of LINKS) {
    const bits = byRegion.get(regionOf(entry)) ?? [0, 0];
    bits[entry.word] |= entry.bit;
    byRegion.set(regionOf(entry), bits);
  }
  return byRegion;
}

export interface SharedLink {
  readonly link: CooperationLink;
  readonly level: 'place' | 'region';
}

/** The most specific link two profiles share, preferring mountain partnerships; null if none. */
export function sharedLink(a: LinkMembership, b: LinkMembership): SharedLink | null {
  if (!a.side || !b.side || a.side === b.side) return null;
  return linkOfSharedBits(
    a.places[0] & b.places[0],
    a.places[1] & b.places[1],
    a.regions[0] & b.regions[0],
    a.regions[1] & b.regions[1],
  );
}

/**
 * The same, from the bits two profiles of the two sides share (their sets ANDed, word by word):
 * the scorer has them in its columns already, without the profiles' membership objects.
 */
export function linkOfSharedBits(
  placesLow: number,
  placesHigh: number,
  regionsLow: number,
  regionsHigh: number,
): SharedLink | null {
  if (placesLow | placesHigh) return pick(placesLow, placesHigh, false).atPlace;
  if (regionsLow | regionsHigh) return pick(regionsLow, regionsHigh, true).inRegion;
  return null;
}

/**
 * Mountain partnerships first; for two regions, a region or département link names them best.
 * Among equals, the first link listed. Only the links whose bits are set are visited, in list
 * order, with no temporary arrays: it runs for most pairs shown.
 */
function pick(low: number, high: number, preferTerritorial: boolean): (typeof LINKS)[number] {
  let best = LINKS[0];
  let bestRank = Infinity;
  for (let word = 0; word < 2; word += 1) {
    for (let bits = word === 0 ? low : high; bits !== 0; bits &= bits - 1) {
      // The lowest bit set, as an index: 31 minus the zeros before it.
      const entry = LINKS[(word << 5) | (31 - Math.clz32(bits & -bits))];
      const rank =
        (entry.link.mountain ? 0 : 2) +
        (preferTerritorial && entry.link.level === 'commune' ? 1 : 0);
      if (rank < bestRank) {
        best = entry;
        bestRank = rank;
      }
    }
  }
  return best;
}
