import type { MatchProfile } from '../../src/matching/engine/match-types.js';

/** A registration as the generator writes it: what the engine sees, plus what the CSV/API needs. */
export interface GeneratedParticipant extends MatchProfile {
  externalId: string;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string;
  organisation: string;
  consentEmail: boolean;
  /** Speed-meeting rounds attended; null means all. */
  availability: number[] | null;
  /** The ground truth behind the texts: slugs of the projects this person needs and offers. */
  planted: { needs: readonly string[]; offers: readonly string[] };
}

export interface GeneratedEvent {
  profiles: GeneratedParticipant[];
  /** Participant id → ids of the partners from the other country a good engine should suggest. */
  relevant: Map<string, Set<string>>;
}

export interface GenerateEventOptions {
  size: number;
  seed: number;
  /**
   * Plant `relevant` (default true). At 20,000 participants the sets weigh ~200 MB, so a speed
   * benchmark that measures its own memory should pass false and get an empty map.
   */
  groundTruth?: boolean;
}
