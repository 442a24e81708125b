import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Handover } from '../../src/matching/runs/handover.js';

/**
 * What the engine child's row shards hand to its column shards: kept in memory within one
 * process, or, shared by processes, in files of a folder (the service keeps them in
 * PostgreSQL). A file is written under another name, then renamed: a reader never sees half.
 */
export class HandoverFolder {
  private readonly held = new Map<number, Handover[]>();

  constructor(private readonly folder?: string) {}

  put(rowShard: number, handovers: readonly { columnShard: number; handover: Handover }[]): void {
    for (const { columnShard, handover } of handovers) {
      if (!this.folder)
        this.held.set(columnShard, [...(this.held.get(columnShard) ?? []), handover]);
      else this.write(`${rowShard}-${columnShard}`, encode(handover));
    }
    if (this.folder) this.write(`row-${rowShard}.done`, Buffer.alloc(0));
  }

  /** Until every row shard has handed over (at once within one process). */
  async waitForRows(rowShards: number): Promise<void> {
    if (!this.folder) return;
    for (let shard = 0; shard < rowShards; shard += 1)
      while (!existsSync(join(this.folder, `row-${shard}.done`))) await sleep(5);
  }

  /** Every row shard's handover to `columnShard`; in memory, let go once taken. */
  take(columnShard: number, rowShards: number): Handover[] {
    if (!this.folder) {
      const handovers = this.held.get(columnShard) ?? [];
      this.held.delete(columnShard);
      return handovers;
    }
    return Array.from({ length: rowShards }, (_, row) =>
      decode(readFileSync(this.file(`${row}-${columnShard}`))),
    );
  }

  private write(name: string, content: Buffer): void {
    writeFileSync(this.file(`${name}.partial`), content);
    renameSync(this.file(`${name}.partial`), this.file(name));
  }

  private file(name: string): string {
    return join(this.folder!, name);
  }
}

/** A 4-byte length, the ids as JSON, then the entries as they are. */
function encode({ rowIds, columnIds, entries }: Handover): Buffer {
  const ids = Buffer.from(JSON.stringify({ rowIds, columnIds }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(ids.length);
  return Buffer.concat([length, ids, entries]);
}

function decode(file: Buffer): Handover {
  const length = file.readUInt32LE(0);
  const { rowIds, columnIds } = JSON.parse(file.subarray(4, 4 + length).toString()) as {
    rowIds: string[];
    columnIds: string[];
  };
  return { rowIds, columnIds, entries: file.subarray(4 + length) };
}
