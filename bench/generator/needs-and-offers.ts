import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import type { SeededRandom } from '../random/seeded-random.js';
import type { EventCountry, ProjectTemplate, ProjectWordings } from './project-template.js';
import { GENERIC_LINES, LEAD_INS, NEED_CONTEXTS, PARTNERS_FROM } from './wording-pieces.data.js';
import type { WritingVoice } from './writing-voice.js';

export type ProjectSideName = 'need' | 'offer';

interface Writer {
  country: EventCountry;
  type: OrganisationType;
  region: string;
  voice: WritingVoice;
}

/** Moroccan communes and village associations say where the need is felt. */
function speaksForAPlace({ country, type }: Writer): boolean {
  return country === 'MA' && (type === 'collectivite' || type === 'association');
}

/** One way of saying it; now and then a French writer slips into English. */
function wording(words: ProjectWordings, voice: WritingVoice, rng: SeededRandom): string {
  if (voice.thin) return rng.pick(words.short);
  return voice.english || rng.chance(0.05) ? rng.pick(words.en) : rng.pick(words.fr);
}

/** « Nous recherchons : gestion des… » — lower-case after a lead-in, but not « PAM » or « IGP ». */
function afterLeadIn(leadIn: string, phrase: string): string {
  const lower = /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase;
  return leadIn + lower;
}

function joinLines(lines: string[], rng: SeededRandom): string {
  if (lines.length === 1) return lines[0];
  switch (rng.pick(['sentences', 'semicolons', 'bullets'] as const)) {
    case 'sentences':
      return lines.join('. ');
    case 'semicolons':
      return lines.join(' ; ');
    case 'bullets':
      return lines.map((line) => `- ${line}`).join('\n');
  }
}

/**
 * The « Ce que je recherche » or « Ce que je propose » text: a wording per planted project,
 * sometimes a generic line, sometimes a lead-in or a place. Null when the person left it empty.
 */
export function writeSide(
  side: ProjectSideName,
  projects: readonly ProjectTemplate[],
  writer: Writer,
  rng: SeededRandom,
): string | null {
  const { voice } = writer;
  const language = voice.english ? 'en' : 'fr';
  const lines = projects.map((project) => wording(project[side], voice, rng));
  if (voice.thin) return lines.length > 0 ? lines[0] : null;
  if (side === 'need' && speaksForAPlace(writer) && lines.length > 0 && rng.chance(0.3)) {
    const context = rng.pick(NEED_CONTEXTS[language]).replace('{region}', writer.region);
    lines[0] += context;
  }
  if (rng.chance(lines.length === 0 ? 0.65 : 0.2)) {
    const generic = rng.pick(GENERIC_LINES[side][language]);
    lines.push(generic.replace('{partners}', PARTNERS_FROM[writer.country]));
  }
  if (lines.length === 0) return null;
  if (rng.chance(0.35)) lines[0] = afterLeadIn(rng.pick(LEAD_INS[side][language]), lines[0]);
  return joinLines(lines, rng);
}
