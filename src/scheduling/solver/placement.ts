/** Where the chosen meetings go, before tables are numbered, and what is known of the optimum. */
export interface Placement {
  /** Each edge's round (0-based), -1 when not scheduled. */
  roundOf: Int32Array;
  method: 'exact' | 'heuristic';
  /** An upper bound on the total score of any schedule. */
  bound: number;
  /** The schedule's score is the optimum (at the 1e-6 score resolution): the bound is its score. */
  provedOptimal: boolean;
}
