import type { SeededRandom } from '../random/seeded-random.js';

/** How one person fills in free-text fields. */
export interface WritingVoice {
  english: boolean;
  /** In a hurry: no description, one-word needs. */
  thin: boolean;
  dropsAccents: boolean;
  lowerCase: boolean;
  /** Chance that a word of five letters or more gets a typo. */
  typoRate: number;
}

export function pickVoice(speaksEnglish: boolean, rng: SeededRandom): WritingVoice {
  return {
    english: speaksEnglish && rng.chance(0.15),
    thin: rng.chance(0.12),
    dropsAccents: rng.chance(0.2),
    lowerCase: rng.chance(0.05),
    typoRate: rng.chance(0.15) ? 0.06 : 0,
  };
}

const WORD = /\p{L}{5,}/gu;
const MAX_TYPOS = 1;

function typo(word: string, rng: SeededRandom): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.pick(['swap', 'drop', 'double'] as const)) {
    case 'swap':
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 'drop':
      return word.slice(0, i) + word.slice(i + 1);
    case 'double':
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/** Typos, missing accents and lower case, as the person would type them. */
export function applyVoice(text: string, voice: WritingVoice, rng: SeededRandom): string {
  let typed = text;
  // One-word answers stay intact: a typo there would leave nothing to recognise.
  if (voice.typoRate > 0 && typed.split(/\s+/).length >= 4) {
    let typos = 0;
    typed = typed.replace(WORD, (word) => {
      // One slip per field: a text riddled with typos would be re-read before sending.
      if (typos === MAX_TYPOS || !rng.chance(voice.typoRate)) return word;
      typos++;
      return typo(word, rng);
    });
  }
  if (voice.dropsAccents)
    typed = typed
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .normalize('NFC');
  if (voice.lowerCase) typed = typed.toLowerCase();
  return typed;
}
