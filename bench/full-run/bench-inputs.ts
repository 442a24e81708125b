import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allText } from '../../src/matching/engine/profile-text.js';
import { asMatchProfile } from '../evaluation/as-match-profile.js';
import type { GeneratedParticipant } from '../generator/generated-participant.js';

/** One generated event as the two contenders read it, each from its own file. */
export interface BenchInputs {
  /** MatchProfile[] as JSON: what the engine child reads (what the service loads from SQL). */
  profilesPath: string;
  /** `{ topK, participants: [{ country, text }] }`: what the scikit-learn script reads. */
  textsPath: string;
}

export function writeBenchInputs(
  folder: string,
  participants: readonly GeneratedParticipant[],
  topK: number,
): BenchInputs {
  const profiles = participants.map(asMatchProfile);
  const profilesPath = join(folder, `profiles-${participants.length}.json`);
  writeFileSync(profilesPath, JSON.stringify(profiles));
  const textsPath = join(folder, `texts-${participants.length}.json`);
  const texts = profiles.map((profile) => ({ country: profile.country, text: allText(profile) }));
  writeFileSync(textsPath, JSON.stringify({ topK, participants: texts }));
  return { profilesPath, textsPath };
}
