import type { GeneratedParticipant } from '../generator/generated-participant.js';

/** A generated registration as a front-end sends it (import row or PUT body); nulls left out. */
export function participantBody(participant: GeneratedParticipant): Record<string, unknown> {
  const body: Record<string, unknown> = {
    fullName: participant.fullName,
    email: participant.email,
    organisation: participant.organisation,
    organisationType: participant.organisationType,
    sector: participant.sector,
    country: participant.country,
    region: participant.region,
    massif: participant.massif,
    themes: participant.themes,
    languages: participant.languages,
    offers: participant.offers,
    needs: participant.needs,
    description: participant.description,
    consentMatching: participant.consentMatching,
    consentEmail: participant.consentEmail,
    availability: participant.availability,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}

/** An import row: the body with its registration id. */
export function importRow(participant: GeneratedParticipant): Record<string, unknown> {
  return { externalId: participant.externalId, ...participantBody(participant) };
}
