import { EXCLUDED } from './score-candidates.js';

/** Whether `a` comes after `b` among equal scores. */
export type TieOrder = (a: number, b: number) => boolean;

/** Positions follow participant ids in an index as built. */
const byPosition: TieOrder = (a, b) => a > b;

/**
 * The k best of `candidates` by score, best first; equal scores keep position order (positions
 * follow participant ids), so two runs give the same lists. A bounded min-heap: O(n log k).
 * `after` orders equal scores when positions do not follow ids (see LiveMatchIndex).
 */
export function topK(
  scores: Float64Array,
  k: number,
  candidates?: Int32Array,
  after: TieOrder = byPosition,
): number[] {
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
    siftUp(heap, scores, after, heap.length - 1);
  }
  if (heap.length < k) return sortBest(heap, scores, after);
  // …then compare every other one with the k-th best so far, held in locals: nearly all fall
  // below it. It is positive, so excluded and zero scores fall below it too.
  let floorPosition = heap[0];
  let floorScore = scores[floorPosition];
  for (; c < positions.length; c += 1) {
    const position = positions[c];
    const score = scores[position];
    if (score < floorScore || (score === floorScore && after(position, floorPosition))) continue;
    heap[0] = position;
    siftDown(heap, scores, after, 0);
    floorPosition = heap[0];
    floorScore = scores[floorPosition];
  }
  return sortBest(heap, scores, after);
}

function everyPosition(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, position) => position);
}

/** Best first: higher score, then as `after` orders equal ones. */
function sortBest(positions: number[], scores: Float64Array, after: TieOrder): number[] {
  return positions.sort((a, b) => scores[b] - scores[a] || (after(a, b) ? 1 : -1));
}

/** `a` ranks below `b`: a lower score, or the same score and after it. */
function worse(scores: Float64Array, after: TieOrder, a: number, b: number): boolean {
  return scores[a] < scores[b] || (scores[a] === scores[b] && after(a, b));
}

function siftUp(heap: number[], scores: Float64Array, after: TieOrder, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(scores, after, heap[i], heap[parent])) return;
    swap(heap, i, parent);
    i = parent;
  }
}

function siftDown(heap: number[], scores: Float64Array, after: TieOrder, i: number): void {
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && worse(scores, after, heap[left], heap[worst])) worst = left;
    if (right < heap.length && worse(scores, after, heap[right], heap[worst])) worst = right;
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
