/**
 * A binary min-heap of node numbers keyed by distance, with decrease-key: Dijkstra on a few
 * thousand nodes runs thousands of times, so it lives in typed arrays and is reused.
 */
export class IndexedHeap {
  private readonly nodes: Int32Array;
  /** Where each node sits in `nodes`, or -1 when it is not in the heap. */
  private readonly position: Int32Array;
  private readonly keys: Float64Array;
  private length = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
    this.keys = new Float64Array(capacity);
  }

  get size(): number {
    return this.length;
  }

  /** Inserts the node, or lowers its key if it is already in the heap with a larger one. */
  push(node: number, key: number): void {
    let at = this.position[node];
    if (at === -1) {
      at = this.length++;
      this.nodes[at] = node;
      this.position[node] = at;
    } else if (key >= this.keys[node]) {
      return;
    }
    this.keys[node] = key;
    this.siftUp(at);
  }

  pop(): number {
    const top = this.nodes[0];
    this.position[top] = -1;
    const last = this.nodes[--this.length];
    if (this.length > 0) {
      this.nodes[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let i = 0; i < this.length; i++) this.position[this.nodes[i]] = -1;
    this.length = 0;
  }

  private siftUp(from: number): void {
    const { nodes, position, keys } = this;
    const node = nodes[from];
    const key = keys[node];
    let at = from;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = nodes[parentAt];
      if (keys[parent] <= key) break;
      nodes[at] = parent;
      position[parent] = at;
      at = parentAt;
    }
    nodes[at] = node;
    position[node] = at;
  }

  private siftDown(from: number): void {
    const { nodes, position, keys } = this;
    const node = nodes[from];
    const key = keys[node];
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.length) break;
      if (child + 1 < this.length && keys[nodes[child + 1]] < keys[nodes[child]]) child += 1;
      if (keys[nodes[child]] >= key) break;
      nodes[at] = nodes[child];
      position[nodes[at]] = at;
      at = child;
    }
    nodes[at] = node;
    position[node] = at;
  }
}
