import { EXCLUDED } from './score-candidates.js';

/**
 * The k best of `candidates` by score, best first; equal scores keep position order (positions
 * follow participant ids), so two runs give the same lists. A bounded min-heap: O(n log k).
 * `after(a, b)` orders equal scores when positions do not follow ids (see LiveMatchIndex).
 */
export function topK(
  scores: Float64Array,
  k: number,
  candidates?: Int32Array,
  after: (a: number, b: number) => boolean = (a, b) => a > b,
): number[] {
  const heap: number[] = [];
  // `worse(a, b)`: a ranks below b.
  const worse = (a: number, b: number) =>
    scores[a] < scores[b] || (scores[a] === scores[b] && after(a, b));
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worse(heap[left], heap[worst])) worst = left;
      if (right < heap.length && worse(heap[right], heap[worst])) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  };
  const count = candidates ? candidates.length : scores.length;
  for (let c = 0; c < count; c += 1) {
    const position = candidates ? candidates[c] : c;
    const score = scores[position];
    if (score === EXCLUDED || score <= 0) continue;
    // Fast path: most candidates fall below the current k-th best.
    if (heap.length === k && score < scores[heap[0]]) continue;
    if (heap.length < k) {
      heap.push(position);
      siftUp(heap.length - 1);
    } else if (k > 0 && worse(heap[0], position)) {
      heap[0] = position;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
