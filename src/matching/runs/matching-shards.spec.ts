import { planShards } from './matching-shards.js';

describe('planShards', () => {
  it('splits a run between two countries into shards of the smaller country, then of the other', () => {
    expect(
      planShards(
        new Map([
          ['FR', 1_200],
          ['MA', 900],
        ]),
        true,
      ),
    ).toEqual({
      shardCount: 2 + 3,
      rowCountry: 'MA',
      rowShards: 2,
    });
  });

  it('keeps shards of participants in id order otherwise', () => {
    const oneSided = { shardCount: 5, rowCountry: null, rowShards: null };
    expect(
      planShards(
        new Map([
          ['FR', 1_200],
          ['MA', 900],
        ]),
        false,
      ),
    ).toEqual(oneSided);
    expect(
      planShards(
        new Map([
          ['FR', 1_200],
          ['MA', 800],
          ['ES', 100],
        ]),
        true,
      ),
    ).toEqual(oneSided);
    expect(planShards(new Map([['FR', 30]]), true)).toEqual({ ...oneSided, shardCount: 1 });
    expect(planShards(new Map(), true)).toEqual({ ...oneSided, shardCount: 1 });
  });
});
