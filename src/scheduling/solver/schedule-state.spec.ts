import { freeBySwap } from './kempe-swap.js';
import { prepareProblem } from './prepare-problem.js';
import type { ScheduleProblem } from './schedule-problem.js';
import { ScheduleState } from './schedule-state.js';

const problem: ScheduleProblem = {
  participants: ['fr1', 'fr2', 'ma1', 'ma2'].map((id) => ({ id, side: id.slice(0, 2) })),
  candidates: [
    { a: 'fr1', b: 'ma1', score: 0.9, needsInterpreter: false },
    { a: 'fr2', b: 'ma1', score: 0.8, needsInterpreter: false },
    { a: 'fr1', b: 'ma2', score: 0.7, needsInterpreter: false },
  ],
  rounds: 2,
  tables: 2,
};

function setUp() {
  const prepared = prepareProblem(problem);
  const edge = (a: string, b: string) => {
    const [i, j] = [prepared.ids.indexOf(a), prepared.ids.indexOf(b)];
    for (let e = 0; e < prepared.edges.count; e++)
      if (
        (prepared.edges.from[e] === i && prepared.edges.to[e] === j) ||
        (prepared.edges.from[e] === j && prepared.edges.to[e] === i)
      )
        return e;
    throw new Error(`no edge ${a}–${b}`);
  };
  return {
    prepared,
    state: new ScheduleState(prepared),
    edge,
    person: (id: string) => prepared.ids.indexOf(id),
  };
}

const snapshot = (state: ScheduleState) => ({
  roundOf: [...state.roundOf],
  slot: [...state.slot],
  meetings: [...state.meetings],
  load: [...state.load],
});

describe('ScheduleState', () => {
  it('undoes every change since a mark, nested marks included', () => {
    const { state, edge } = setUp();
    state.place(edge('fr1', 'ma1'), 0);
    const before = snapshot(state);
    const outer = state.mark();
    state.remove(edge('fr1', 'ma1'));
    state.place(edge('fr1', 'ma1'), 1);
    state.mark();
    state.place(edge('fr2', 'ma1'), 0);
    state.commit();
    expect(state.roundOf[edge('fr2', 'ma1')]).toBe(0);
    state.rollback(outer);
    expect(snapshot(state)).toEqual(before);
  });

  it('keeps committed changes', () => {
    const { state, edge } = setUp();
    const mark = state.mark();
    state.place(edge('fr1', 'ma2'), 1);
    state.commit();
    expect(mark).toBe(0);
    expect(state.roundOf[edge('fr1', 'ma2')]).toBe(1);
    expect(state.meetings.reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe('freeBySwap', () => {
  it('frees a person by exchanging two rounds along the chain through their meeting', () => {
    const { state, edge, person } = setUp();
    // fr1–ma1 in round 1, fr2–ma1 in round 2: freeing fr1 in round 1 moves both meetings.
    state.place(edge('fr1', 'ma1'), 0);
    state.place(edge('fr2', 'ma1'), 1);
    expect(freeBySwap(state, person('fr1'), 0, person('ma2'))).toBe(true);
    expect(state.isFree(person('fr1'), 0)).toBe(true);
    expect(state.roundOf[edge('fr1', 'ma1')]).toBe(1);
    expect(state.roundOf[edge('fr2', 'ma1')]).toBe(0);
  });

  it('refuses a chain through the future partner', () => {
    const { state, edge, person } = setUp();
    state.place(edge('fr1', 'ma1'), 0);
    expect(freeBySwap(state, person('fr1'), 0, person('ma1'))).toBe(false);
    expect(state.roundOf[edge('fr1', 'ma1')]).toBe(0);
  });

  it('refuses to move a meeting into a round one of its people does not attend', () => {
    const prepared = prepareProblem({
      ...problem,
      participants: problem.participants.map((p) =>
        p.id === 'ma1' ? { ...p, availableRounds: [1] } : p,
      ),
    });
    const state = new ScheduleState(prepared);
    const fr1 = prepared.ids.indexOf('fr1');
    const ma1 = prepared.ids.indexOf('ma1');
    let e = 0;
    while (!(
      [prepared.edges.from[e], prepared.edges.to[e]].includes(fr1) &&
      [prepared.edges.from[e], prepared.edges.to[e]].includes(ma1)
    ))
      e++;
    state.place(e, 0);
    expect(freeBySwap(state, fr1, 0, prepared.ids.indexOf('ma2'))).toBe(false);
  });
});
