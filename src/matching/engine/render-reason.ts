import { ORGANISATION_TYPES } from '../../taxonomy/organisation-types.js';
import { THEMES } from '../../taxonomy/themes.js';
import type { MatchReason, ReasonFacts, RenderedReason } from './match-types.js';
import { massifLabel, massifProfile } from './territory/massif-comparability.js';

export type ReasonLanguage = 'fr' | 'en';

/** The sentence for one reason, from the list owner's side ("votre besoin", "son offre"). */
export function renderReason(facts: ReasonFacts, lang: ReasonLanguage): string {
  const fr = lang === 'fr';
  switch (facts.kind) {
    case 'complementarity':
      return facts.direction === 'partner-answers-viewer'
        ? fr
          ? `Son offre (${facts.offer}) répond à votre besoin (${facts.need})`
          : `Their offer (${facts.offer}) answers your need (${facts.need})`
        : fr
          ? `Votre offre (${facts.offer}) répond à son besoin (${facts.need})`
          : `Your offer (${facts.offer}) answers their need (${facts.need})`;
    case 'themes': {
      const labels = facts.themes.map((slug) => themeLabel(slug, lang)).join(', ');
      const many = facts.themes.length > 1;
      return fr
        ? `${many ? 'Thèmes communs' : 'Thème commun'} : ${labels}`
        : `${many ? 'Shared themes' : 'Shared theme'}: ${labels}`;
    }
    case 'text':
      return fr
        ? `Activités proches : ${facts.words.join(', ')}`
        : `Similar activities: ${facts.words.join(', ')}`;
    case 'actors': {
      const [a, b] = facts.types.map((slug) => typeLabel(slug, lang));
      return fr ? `Acteurs complémentaires : ${a} ↔ ${b}` : `Complementary actors: ${a} ↔ ${b}`;
    }
    case 'territory': {
      const [a, b] = facts.massifs;
      const pair = `${massifLabel(a)} ↔ ${massifLabel(b)}`;
      const same = massifProfile(a) === massifProfile(b) ? massifProfile(a) : null;
      if (same === 'high-mountain') {
        return fr ? `Massifs de haute montagne : ${pair}` : `High-mountain ranges: ${pair}`;
      }
      if (same === 'mid-mountain') {
        return fr ? `Massifs de moyenne montagne : ${pair}` : `Mid-mountain ranges: ${pair}`;
      }
      return fr ? `Massifs de montagne : ${pair}` : `Mountain ranges: ${pair}`;
    }
    case 'cooperation': {
      const pair = `${facts.fr} ↔ ${facts.ma}`;
      if (facts.level === 'place') {
        return fr ? `Coopération existante : ${pair}` : `Existing cooperation: ${pair}`;
      }
      const regions = `${facts.frRegion} ↔ ${facts.maRegion}`;
      return fr
        ? `Vos régions coopèrent déjà (${regions}) : ${pair}`
        : `Your regions already cooperate (${regions}): ${pair}`;
    }
    case 'language':
      return fr
        ? 'Pas de langue commune : prévoir un interprète'
        : 'No common language: plan for an interpreter';
  }
}

export function renderReasons(
  reasons: readonly MatchReason[],
  lang: ReasonLanguage,
): RenderedReason[] {
  return reasons.map((reason) => ({
    kind: reason.kind,
    share: reason.share,
    text: renderReason(reason, lang),
  }));
}

/** "Tourisme durable" reads as "tourisme durable" inside a sentence; acronyms stay. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

const THEME_LABELS = new Map(
  THEMES.map((theme) => [
    theme.slug as string,
    { fr: lowerFirst(theme.labelFr), en: lowerFirst(theme.labelEn) },
  ]),
);
const TYPE_LABELS = new Map(
  ORGANISATION_TYPES.map((type) => [
    type.slug as string,
    { fr: lowerFirst(type.labelFr), en: lowerFirst(type.labelEn) },
  ]),
);

function themeLabel(slug: string, lang: ReasonLanguage): string {
  return THEME_LABELS.get(slug)?.[lang] ?? slug;
}

function typeLabel(slug: string, lang: ReasonLanguage): string {
  return TYPE_LABELS.get(slug)?.[lang] ?? slug;
}
