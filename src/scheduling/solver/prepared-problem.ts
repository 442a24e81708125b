/**
 * The problem once ids are numbers and pairs are deduplicated edges: what every later step reads.
 * People are numbered in id order; rounds are 0-based here (1-based only in the API).
 */
export interface PreparedProblem {
  ids: string[];
  rounds: number;
  tables: number;
  /** available[person * rounds + round] is 1 when the person attends that round. */
  available: Uint8Array;
  availableCount: Int32Array;
  /** Nobody misses a round: the exact method applies. */
  everyoneAlwaysAvailable: boolean;
  /** Most meetings per person (never more than the rounds). */
  maxMeetings: Int32Array;
  /** Fewest meetings wished per person, never above maxMeetings. */
  minMeetings: Int32Array;
  edges: PreparedEdges;
  /** Meetings fixed in advance, as edges, 0-based rounds and 1-based tables. */
  locked: { edge: number; round: number; table: number }[];
  /** Valid must-meet pairs as edges, in the order given. */
  mustMeet: { edge: number; a: string; b: string }[];
  /** Must-meet pairs that cannot be scheduled at all, with why. */
  impossibleMustMeet: { a: string; b: string; reason: string }[];
  /** How many acceptable partners (edges) each person has. */
  partners: Int32Array;
}

/**
 * One edge per pair that may meet: acceptable candidates, must-meet and locked pairs. Edge order
 * is the seed's tie-breaking order.
 */
export interface PreparedEdges {
  count: number;
  from: Int32Array;
  to: Int32Array;
  /** The score as given (0 for pairs that were not candidates). */
  score: Float64Array;
  /** round(score · SCORE_SCALE): the flows need integer weights. */
  weight: Float64Array;
  needsInterpreter: Uint8Array;
  mustMeet: Uint8Array;
  locked: Uint8Array;
  /** 1 when the meeting reads (to, from): the orientation the pair came in. */
  reversed: Uint8Array;
  /** The previous schedule's round (0-based) and table of this pair, or -1. */
  previousRound: Int32Array;
  previousTable: Int32Array;
}
