import fc from 'fast-check';
import type { StoredMatch } from '../match-list.entity.js';
import { placeInList, RANK_AGAIN } from './list-placement.js';

const entry = (partnerId: string, score: number): StoredMatch => ({
  partnerId,
  score,
  needsInterpreter: false,
  reasons: [],
});
const ids = (list: readonly StoredMatch[] | null) => list?.map((match) => match.partnerId);

describe('placeInList', () => {
  const list = [entry('a', 0.9), entry('c', 0.7), entry('d', 0.5)];

  it('puts a newcomer at their place and keeps k entries', () => {
    expect(ids(placeInList(list, 'x', entry('x', 0.8), 3))).toEqual(['a', 'x', 'c']);
    expect(ids(placeInList(list, 'x', entry('x', 0.8), 4))).toEqual(['a', 'x', 'c', 'd']);
    expect(ids(placeInList(list, 'x', entry('x', 0.1), 4))).toEqual(['a', 'c', 'd', 'x']);
  });

  it('orders equal scores by partner id', () => {
    expect(ids(placeInList(list, 'b', entry('b', 0.7), 4))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(placeInList(list, 'e', entry('e', 0.7), 4))).toEqual(['a', 'c', 'e', 'd']);
  });

  it('leaves a full list alone when the newcomer ranks below its last', () => {
    expect(placeInList(list, 'x', entry('x', 0.4), 3)).toBe(list);
    expect(placeInList(list, 'x', null, 3)).toBe(list);
  });

  it('moves a partner already listed, up or down within the list', () => {
    expect(ids(placeInList(list, 'd', entry('d', 0.95), 3))).toEqual(['d', 'a', 'c']);
    expect(ids(placeInList(list, 'a', entry('a', 0.6), 3))).toEqual(['c', 'a', 'd']);
  });

  it('asks for a new ranking when a partner leaves a full list or drops to its end', () => {
    expect(placeInList(list, 'c', null, 3)).toBe(RANK_AGAIN);
    expect(placeInList(list, 'a', entry('a', 0.2), 3)).toBe(RANK_AGAIN);
    expect(placeInList(list, 'd', entry('d', 0.45), 3)).toBe(RANK_AGAIN);
  });

  it('takes a partner out of a list that is not full (nobody else has a score)', () => {
    expect(ids(placeInList(list, 'c', null, 5))).toEqual(['a', 'd']);
    expect(ids(placeInList(list, 'c', entry('c', 0.1), 5))).toEqual(['a', 'd', 'c']);
  });

  it('agrees with ranking everyone again whenever it does not ask for it', () => {
    const scores = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        scores,
        fc.integer({ min: 1, max: 6 }),
        fc.nat(11),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        (values, k, who, newScore) => {
          // Everyone's scores before and after; ids order equal scores (there are none here).
          const everyone = values.map((score, i) => entry(`p${String(i).padStart(2, '0')}`, score));
          const moved = everyone[who % everyone.length].partnerId;
          const rank = (all: StoredMatch[]) =>
            all
              .filter((match) => match.score > 0)
              .sort((x, y) => y.score - x.score || (x.partnerId < y.partnerId ? -1 : 1))
              .slice(0, k);
          const after = everyone
            .filter((match) => match.partnerId !== moved)
            .concat(newScore ? [entry(moved, newScore)] : []);
          const placed = placeInList(
            rank(everyone),
            moved,
            newScore ? entry(moved, newScore) : null,
            k,
          );
          if (placed !== RANK_AGAIN) expect(ids(placed)).toEqual(ids(rank(after)));
        },
      ),
    );
  });
});
