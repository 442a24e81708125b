import type { MatchProfile } from '../../src/matching/engine/match-types.js';
import type { GeneratedParticipant } from '../generator/generated-participant.js';

/** Exactly what the API would hand the engine: no planted ground truth, no contact details. */
export function asMatchProfile(participant: GeneratedParticipant): MatchProfile {
  return {
    id: participant.id,
    country: participant.country,
    organisation: participant.organisation,
    organisationType: participant.organisationType,
    sector: participant.sector,
    region: participant.region,
    massif: participant.massif,
    themes: participant.themes,
    languages: participant.languages,
    offers: participant.offers,
    needs: participant.needs,
    description: participant.description,
    consentMatching: participant.consentMatching,
  };
}
