import { actorPairing, ENCOURAGED_PAIRING } from '../../taxonomy/actor-pairings.js';
import { ORGANISATION_TYPES } from '../../taxonomy/organisation-types.js';
import { THEMES } from '../../taxonomy/themes.js';
import type { Clause, MatchIndex } from './match-index.js';
import type { MatchReason } from './match-types.js';
import type { PairDetails } from './pair-details.js';
import { COOPERATION_SCORE } from './score-parts.js';
import type { SparseVector } from './sparse/sparse-vector.js';
import { massifLabel, massifProfile } from './territory/massif-comparability.js';

const MAX_REASONS = 4;
/** Below this, an offer only shares a word or two with a need: no claim that it answers it. */
const MIN_ANSWER = 0.25;
/** A part below this share of the score is not worth a sentence. */
const MIN_SHARE = 0.08;

type Sentence = Omit<MatchReason, 'share'> & { contribution: number };

/**
 * Why `partner` is suggested to `viewer`: one to four sentences naming the concrete thing
 * shared, in French and English, each with its share of the score, written from the viewer's
 * side ("votre besoin", "son offre"). `viewerWords` maps the viewer's stems to their words.
 */
export function explainMatch(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
  viewerWords: ReadonlyMap<string, string>,
): MatchReason[] {
  const sentences = [
    complementaritySentence(index, viewer, partner, details),
    themesSentence(details),
    textSentence(index, viewer, partner, details, viewerWords),
    actorsSentence(index, viewer, partner, details),
    ...territorySentences(index, viewer, partner, details),
  ].filter((sentence): sentence is Sentence => sentence !== null);

  const ranked = sentences
    .map(({ contribution, ...reason }) => ({
      ...reason,
      share: details.rawScore > 0 ? contribution / details.rawScore : 0,
    }))
    .sort((x, y) => y.share - x.share || x.kind.localeCompare(y.kind));
  const worth = ranked.filter((reason) => reason.share >= MIN_SHARE);
  const room = details.needsInterpreter ? MAX_REASONS - 1 : MAX_REASONS;
  const kept = (worth.length ? worth : ranked.slice(0, 1)).slice(0, room);
  if (details.needsInterpreter) {
    kept.push({
      kind: 'language',
      share: 0,
      text: {
        fr: 'Pas de langue commune : prévoir un interprète',
        en: 'No common language: plan for an interpreter',
      },
    });
  }
  return kept.map((reason) => ({ ...reason, share: Math.round(reason.share * 1000) / 1000 }));
}

function complementaritySentence(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): Sentence | null {
  const a = index.features[viewer];
  const b = index.features[partner];
  const contribution = details.contributions.complementarity;
  const concepts = details.conceptsForViewer.length + details.conceptsForPartner.length;
  if (!concepts && Math.max(details.answerToViewer, details.answerToPartner) < MIN_ANSWER)
    return null;
  if (
    details.answerToViewer >= details.answerToPartner &&
    b.offerClauses.length &&
    a.needClauses.length
  ) {
    const offer = quote(b.offerClauses, details.conceptsForViewer);
    const need = quote(a.needClauses, details.conceptsForViewer);
    return {
      kind: 'complementarity',
      contribution,
      text: {
        fr: `Son offre (${offer}) répond à votre besoin (${need})`,
        en: `Their offer (${offer}) answers your need (${need})`,
      },
    };
  }
  if (a.offerClauses.length && b.needClauses.length) {
    const offer = quote(a.offerClauses, details.conceptsForPartner);
    const need = quote(b.needClauses, details.conceptsForPartner);
    return {
      kind: 'complementarity',
      contribution,
      text: {
        fr: `Votre offre (${offer}) répond à son besoin (${need})`,
        en: `Your offer (${offer}) answers their need (${need})`,
      },
    };
  }
  return null;
}

function themesSentence(details: PairDetails): Sentence | null {
  if (!details.sharedThemes.length) return null;
  // Rarer themes say more about the pair; the index order is the taxonomy's.
  const themes = details.sharedThemes.slice(0, 3).map((code) => THEMES[code]);
  const many = themes.length > 1;
  return {
    kind: 'themes',
    contribution: details.contributions.themes,
    text: {
      fr: `${many ? 'Thèmes communs' : 'Thème commun'} : ${themes.map((t) => lowerFirst(t.labelFr)).join(', ')}`,
      en: `${many ? 'Shared themes' : 'Shared theme'}: ${themes.map((t) => lowerFirst(t.labelEn)).join(', ')}`,
    },
  };
}

function textSentence(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
  viewerWords: ReadonlyMap<string, string>,
): Sentence | null {
  const words = topSharedTerms(
    index.features[viewer].description,
    index.features[partner].description,
    3,
  )
    .map((term) => viewerWords.get(index.words.term(term)))
    .filter((word): word is string => Boolean(word));
  if (!words.length) return null;
  return {
    kind: 'text',
    contribution: details.contributions.text,
    text: {
      fr: `Activités proches : ${words.join(', ')}`,
      en: `Similar activities: ${words.join(', ')}`,
    },
  };
}

function actorsSentence(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): Sentence | null {
  const [typeA, typeB] = [viewer, partner].map(
    (position) => index.features[position].profile.organisationType,
  );
  if (actorPairing(typeA, typeB) < ENCOURAGED_PAIRING) return null;
  const [labelA, labelB] = [typeA, typeB].map((slug) =>
    ORGANISATION_TYPES.find((type) => type.slug === slug)!,
  );
  return {
    kind: 'actors',
    contribution: details.contributions.actors,
    text: {
      fr: `Acteurs complémentaires : ${lowerFirst(labelA.labelFr)} ↔ ${lowerFirst(labelB.labelFr)}`,
      en: `Complementary actors: ${lowerFirst(labelA.labelEn)} ↔ ${lowerFirst(labelB.labelEn)}`,
    },
  };
}

/** The territory part splits between comparable ranges and an existing cooperation link. */
function territorySentences(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): Sentence[] {
  const a = index.features[viewer].profile;
  const b = index.features[partner].profile;
  const massifWeight = 0.6 * details.massifScore;
  const cooperationWeight = details.link ? COOPERATION_SCORE[details.link.level] : 0;
  const split = (weight: number) =>
    (details.contributions.territory * weight) / (massifWeight + cooperationWeight);
  const sentences: Sentence[] = [];
  if (massifWeight > 0) {
    const pair = `${massifLabel(a.massif!)} ↔ ${massifLabel(b.massif!)}`;
    const same =
      massifProfile(a.massif) === massifProfile(b.massif) ? massifProfile(a.massif) : null;
    sentences.push({
      kind: 'territory',
      contribution: split(massifWeight),
      text:
        same === 'high-mountain'
          ? { fr: `Massifs de haute montagne : ${pair}`, en: `High-mountain ranges: ${pair}` }
          : same === 'mid-mountain'
            ? { fr: `Massifs de moyenne montagne : ${pair}`, en: `Mid-mountain ranges: ${pair}` }
            : { fr: `Massifs de montagne : ${pair}`, en: `Mountain ranges: ${pair}` },
    });
  }
  if (details.link) {
    const pair = `${details.link.link.fr} ↔ ${details.link.link.ma}`;
    sentences.push({
      kind: 'cooperation',
      contribution: split(cooperationWeight),
      text:
        details.link.level === 'place'
          ? { fr: `Coopération existante : ${pair}`, en: `Existing cooperation: ${pair}` }
          : {
              fr: `Coopération existante entre vos régions : ${pair}`,
              en: `Existing cooperation between your regions: ${pair}`,
            },
    });
  }
  return sentences;
}

/** The clause that names a shared concept, else the first clause, cut to fit a sentence. */
function quote(clauses: Clause[], sharedConcepts: number[]): string {
  const clause =
    clauses.find((c) => c.concepts.some((concept) => sharedConcepts.includes(concept))) ??
    clauses[0];
  const text = lowerFirst(clause.text.replace(/\s+/g, ' ').trim());
  if (text.length <= 90) return text;
  const at = text.lastIndexOf(' ', 89);
  return `${text.slice(0, at > 45 ? at : 89)}…`;
}

/** "Prévention des crues" reads as "prévention des crues" inside a sentence; acronyms stay. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function topSharedTerms(a: SparseVector, b: SparseVector, count: number): number[] {
  const products: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) {
      products.push([a.terms[i], a.weights[i] * b.weights[j]]);
      i += 1;
      j += 1;
    } else if (a.terms[i] < b.terms[j]) i += 1;
    else j += 1;
  }
  return products
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, count)
    .map(([term]) => term);
}
