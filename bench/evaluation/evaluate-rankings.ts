import type { Rankings } from '../baselines/rankings.js';
import type { GeneratedEvent, GeneratedParticipant } from '../generator/generated-participant.js';
import { relevanceGrade } from '../generator/ground-truth.js';
import { ndcgAt, recallAt } from '../metrics/ranking-metrics.js';

export interface RankingQuality {
  ndcg: number;
  recall: number;
  /** Participants the means are over: those with at least one relevant partner. */
  evaluated: number;
}

/** nDCG@k and recall@k averaged over the participants who have someone relevant to meet. */
export function evaluateRankings(
  event: GeneratedEvent,
  rankings: Rankings,
  k: number,
): RankingQuality {
  const byId = new Map<string, GeneratedParticipant>(event.profiles.map((p) => [p.id, p]));
  let ndcg = 0;
  let recall = 0;
  let evaluated = 0;
  for (const participant of event.profiles) {
    const relevant = event.relevant.get(participant.id) ?? new Set<string>();
    if (relevant.size === 0) continue;
    const gains = new Map<string, number>();
    for (const partnerId of relevant) {
      gains.set(partnerId, relevanceGrade(participant, byId.get(partnerId)!, event.relevant));
    }
    const ranked = rankings.get(participant.id) ?? [];
    ndcg += ndcgAt(k, ranked, gains);
    recall += recallAt(k, ranked, relevant);
    evaluated++;
  }
  return evaluated === 0
    ? { ndcg: 0, recall: 0, evaluated }
    : { ndcg: ndcg / evaluated, recall: recall / evaluated, evaluated };
}
