import type { GeneratedParticipant } from '../generator/generated-participant.js';

/**
 * A late registration from the other country whose offer answers X's need (and whose need
 * X's offer answers): a partner X should see in their top 50. Identity, organisation and
 * presentation stay the generated person's own; ids and e-mail are made unique to the bench.
 */
export function answeringRegistration(
  newcomer: GeneratedParticipant,
  target: GeneratedParticipant,
  number: number,
): GeneratedParticipant {
  const externalId = `BENCH-NEW-${String(number).padStart(3, '0')}`;
  return {
    ...newcomer,
    id: externalId,
    externalId,
    email: `bench-new-${number}@example.org`,
    offers: target.needs,
    needs: target.offers,
    themes: target.themes,
    // One language in common, so the pair is not penalised for needing an interpreter.
    languages: [...new Set([...newcomer.languages, target.languages[0]])],
    consentMatching: true,
  };
}
