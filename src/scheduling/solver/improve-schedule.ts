import { repairShortfalls } from './repair-shortfalls.js';
import { resolveRound, RoundContext } from './round-matching.js';

/** Sweeps beyond which the last improvements are not worth their time. */
const MAX_SWEEPS = 6;

/**
 * Block coordinate ascent: re-solve each round in turn with the others fixed, until a whole
 * sweep changes nothing, repairing shortfalls and unmet must-meet pairs after each sweep.
 * Every step only gains, so the objective only goes up.
 */
export function improveSchedule(
  context: RoundContext,
  value: Float64Array,
  onProgress?: (fraction: number) => void,
): void {
  const rounds = context.state.prepared.rounds;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let improved = false;
    for (let r = 0; r < rounds; r++) {
      if (resolveRound(context, r)) improved = true;
      onProgress?.((sweep * rounds + r + 1) / (MAX_SWEEPS * rounds));
    }
    const repaired = repairShortfalls(context.state, value);
    if (!improved && !repaired) break;
  }
}
