import { meeting, scheduleOf } from './schedule-fixture';
import { scheduleDiff } from './schedule-diff';

describe('scheduleDiff', () => {
  it('sorts meetings into kept, moved, added and dropped, pairs either way round', () => {
    const earlier = scheduleOf(
      [
        [meeting('A', 'B', 1), meeting('C', 'D', 2)],
        [meeting('A', 'C', 1), meeting('B', 'D', 2)],
      ],
      2,
    );
    const later = scheduleOf(
      [
        [meeting('B', 'A', 1), meeting('E', 'D', 2)],
        [meeting('C', 'D', 1), meeting('A', 'C', 2)],
      ],
      2,
    );
    const diff = scheduleDiff(earlier, later);
    expect(diff.kept).toEqual([{ a: 'A', b: 'B', round: 1, table: 1 }]);
    expect(diff.moved).toEqual([
      { from: { a: 'C', b: 'D', round: 1, table: 2 }, to: { a: 'C', b: 'D', round: 2, table: 1 } },
      { from: { a: 'A', b: 'C', round: 2, table: 1 }, to: { a: 'A', b: 'C', round: 2, table: 2 } },
    ]);
    expect(diff.added).toEqual([{ a: 'D', b: 'E', round: 1, table: 2 }]);
    expect(diff.dropped).toEqual([{ a: 'B', b: 'D', round: 2, table: 2 }]);
  });

  it('finds nothing changed between a schedule and itself', () => {
    const schedule = scheduleOf([[meeting('A', 'B', 1)]], 1);
    const diff = scheduleDiff(schedule, schedule);
    expect(diff).toEqual({
      kept: [{ a: 'A', b: 'B', round: 1, table: 1 }],
      moved: [],
      added: [],
      dropped: [],
    });
  });
});
