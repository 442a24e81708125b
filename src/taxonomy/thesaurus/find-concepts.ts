import { analyzeText } from '../../matching/engine/text/analyze-text.js';
import type { TextLanguage } from '../../matching/engine/text/stem-word.js';
import type { ThemeSlug } from '../themes.js';
import { CONCEPTS, type ThesaurusConcept } from './concepts.js';

/** A concept named in a text. */
export interface ConceptHit {
  conceptId: string;
  theme: ThemeSlug;
  label: { fr: string; en: string };
}

/** A wording as a stem sequence, with the concept it names. */
export interface CompiledWording {
  readonly stems: readonly string[];
  readonly hit: ConceptHit;
}

// A wording is compiled with both stemmers: the text it must meet may be read as French or
// English (an English term in a French text goes through the French stemmer, and vice versa).
const STEM_LANGUAGES: readonly TextLanguage[] = ['fr', 'en'];

function toHit(concept: ThesaurusConcept): ConceptHit {
  return {
    conceptId: concept.id,
    theme: concept.theme,
    label: { fr: concept.labelFr, en: concept.labelEn },
  };
}

/** Every distinct stem sequence of every wording, with its concept. */
export function compileWordings(
  concepts: readonly ThesaurusConcept[] = CONCEPTS,
): CompiledWording[] {
  const compiled: CompiledWording[] = [];
  for (const concept of concepts) {
    const hit = toHit(concept);
    const seen = new Set<string>();
    for (const wording of concept.wordings) {
      for (const language of STEM_LANGUAGES) {
        const stems = analyzeText(wording, language);
        const key = stems.join(' ');
        if (stems.length === 0 || seen.has(key)) continue;
        seen.add(key);
        compiled.push({ stems, hit });
      }
    }
  }
  return compiled;
}

/** First stem → wordings starting with it, longest first (the longest match is the one kept). */
function indexByFirstStem(wordings: readonly CompiledWording[]): Map<string, CompiledWording[]> {
  const index = new Map<string, CompiledWording[]>();
  for (const wording of wordings) {
    const bucket = index.get(wording.stems[0]) ?? [];
    bucket.push(wording);
    index.set(wording.stems[0], bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

const INDEX = indexByFirstStem(compileWordings());

function matchesAt(stems: readonly string[], start: number, wording: readonly string[]): boolean {
  if (start + wording.length > stems.length) return false;
  for (let offset = 1; offset < wording.length; offset += 1) {
    if (stems[start + offset] !== wording[offset]) return false;
  }
  return true;
}

/** The first wording of `bucket` (longest first) that the stems match at `start`. */
function longestMatchAt(
  stems: readonly string[],
  start: number,
  bucket: readonly CompiledWording[],
): CompiledWording | undefined {
  for (const wording of bucket) if (matchesAt(stems, start, wording.stems)) return wording;
  return undefined;
}

/**
 * Concepts named in already analysed stems, deduplicated, in order of first appearance. A match
 * lying inside a longer one is dropped: « feux de forêt » is a wildfire, not forest management;
 * « terre crue » is earthen building, not a flood. Overlapping matches both count.
 */
export function findConceptsInStems(stems: readonly string[]): ConceptHit[] {
  // Fresh objects: the caller may keep or change them without touching the index.
  return thesaurusHitsInStems(stems).map((hit) => ({ ...hit, label: { ...hit.label } }));
}

/**
 * {@link findConceptsInStems} giving the thesaurus's own hits, not copies: for callers that only
 * read them (profile analysis, which runs on every text of every participant).
 */
export function thesaurusHitsInStems(stems: readonly string[]): readonly Readonly<ConceptHit>[] {
  const hits: ConceptHit[] = [];
  let coveredUntil = 0;
  for (let start = 0; start < stems.length; start += 1) {
    const bucket = INDEX.get(stems[start]);
    if (bucket === undefined) continue;
    const longest = longestMatchAt(stems, start, bucket);
    if (longest === undefined) continue;
    const end = start + longest.stems.length;
    // Matches start in order, so one ending within the covered span lies inside an earlier one.
    if (end <= coveredUntil) continue;
    coveredUntil = end;
    // Each concept has one hit object (ids are unique), and a text names few: no set needed.
    if (!hits.includes(longest.hit)) hits.push(longest.hit);
  }
  return hits;
}

/** Thesaurus concepts a text names, in any wording, deduplicated, in order of first appearance. */
export function findConcepts(text: string | null | undefined): ConceptHit[] {
  return findConceptsInStems(analyzeText(text));
}
