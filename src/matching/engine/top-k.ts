import { EXCLUDED } from './score-candidates.js';

/**
 * The k best of `candidates` by score, best first; equal scores keep position order (positions
 * follow participant ids), so two runs give the same lists. A bounded min-heap: O(n log k).
 */
export function topK(scores: Float64Array, k: number, candidates?: Int32Array): number[] {
  const positions = candidates ?? everyPosition(scores.length);
  const heap: number[] = [];
  if (k <= 0) return heap;
  let c = 0;
  // Fill the heap with the first k scored candidates…
  for (; c < positions.length && heap.length < k; c += 1) {
    const position = positions[c];
    const score = scores[position];
    if (score === EXCLUDED || score <= 0) continue;
    heap.push(position);
    siftUp(heap, scores, heap.length - 1);
  }
  if (heap.length < k) return sortBest(heap, scores);
  // …then compare every other one with the k-th best so far, held in locals: nearly all fall
  // below it. It is positive, so excluded and zero scores fall below it too.
  let floorPosition = heap[0];
  let floorScore = scores[floorPosition];
  for (; c < positions.length; c += 1) {
    const position = positions[c];
    const score = scores[position];
    if (score < floorScore || (score === floorScore && position > floorPosition)) continue;
    heap[0] = position;
    siftDown(heap, scores, 0);
    floorPosition = heap[0];
    floorScore = scores[floorPosition];
  }
  return sortBest(heap, scores);
}

function everyPosition(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, position) => position);
}

/** Best first: higher score, then earlier position. */
function sortBest(positions: number[], scores: Float64Array): number[] {
  return positions.sort((a, b) => scores[b] - scores[a] || a - b);
}

/** `a` ranks below `b`: a lower score, or the same score at a later position. */
function worse(scores: Float64Array, a: number, b: number): boolean {
  return scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
}

function siftUp(heap: number[], scores: Float64Array, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(scores, heap[i], heap[parent])) return;
    swap(heap, i, parent);
    i = parent;
  }
}

function siftDown(heap: number[], scores: Float64Array, i: number): void {
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && worse(scores, heap[left], heap[worst])) worst = left;
    if (right < heap.length && worse(scores, heap[right], heap[worst])) worst = right;
    if (worst === i) return;
    swap(heap, i, worst);
    i = worst;
  }
}

function swap(heap: number[], i: number, j: number): void {
  const held = heap[i];
  heap[i] = heap[j];
  heap[j] = held;
}
