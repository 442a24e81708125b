import fc from 'fast-check';
import { rankedMatches } from './compute-matches.js';
import { LiveMatchIndex } from './live-match-index.js';
import { buildMatchIndex, fittedTextModel, MatchIndex } from './match-index.js';
import type { Match, MatchOptions, MatchProfile } from './match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights.js';
import { analyseProfile } from './profile-analysis.js';
import { scoreCandidates, ScoringBuffers } from './score-candidates.js';
import { profileArb } from './testing/profile-arbitrary.js';

const options: MatchOptions = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  crossCountryOnly: true,
  topK: 8,
};

type Change = { kind: 'upsert'; profile: MatchProfile } | { kind: 'remove'; id: string };

function listsOf(index: MatchIndex): Map<string, Match[]> {
  const buffers = new ScoringBuffers(index.features.length);
  const lists = new Map<string, Match[]>();
  for (const [id, position] of [...index.positionOf].sort(([a], [b]) => (a < b ? -1 : 1)))
    lists.set(id, rankedMatches(index, position, options, buffers));
  return lists;
}

const eventArb = fc
  .tuple(fc.integer({ min: 2, max: 14 }), fc.integer({ min: 1, max: 8 }))
  .chain(([size, changes]) =>
    fc.record({
      base: fc.tuple(...Array.from({ length: size }, (_, i) => profileArb(`p${i + 10}`))),
      changes: fc.array(
        fc.oneof(
          fc
            .integer({ min: 0, max: size + 5 })
            .chain((n) => profileArb(`p${n + 10}`))
            .map((profile): Change => ({ kind: 'upsert', profile })),
          fc
            .integer({ min: 0, max: size - 1 })
            .map((n): Change => ({ kind: 'remove', id: `p${n + 10}` })),
        ),
        { minLength: changes, maxLength: changes },
      ),
    }),
  );

describe('LiveMatchIndex', () => {
  it('ranks exactly as an index rebuilt with the same text model, after any changes', () => {
    fc.assert(
      fc.property(eventArb, ({ base, changes }) => {
        const live = new LiveMatchIndex(buildMatchIndex(base));
        for (const change of changes) {
          if (change.kind === 'upsert') live.upsert(change.profile, analyseProfile(change.profile));
          else live.remove(change.id);
        }
        const appended = listsOf(live.index);
        live.compact();
        expect(live.appended).toBe(0);
        expect(appended).toEqual(listsOf(live.index));
      }),
      { numRuns: 150 },
    );
  });

  it("ranks as an index built anew from the current profiles with the run's fitted model", () => {
    fc.assert(
      fc.property(eventArb, ({ base, changes }) => {
        const index = buildMatchIndex(base);
        const live = new LiveMatchIndex(index);
        const current = new Map(base.map((profile) => [profile.id, profile]));
        for (const change of changes) {
          if (change.kind === 'upsert') {
            live.upsert(change.profile, analyseProfile(change.profile));
            current.set(change.profile.id, change.profile);
          } else {
            live.remove(change.id);
            current.delete(change.id);
          }
        }
        const rebuilt = buildMatchIndex(
          [...current.values()],
          analyseProfile,
          fittedTextModel(index),
        );
        expect(listsOf(live.index)).toEqual(listsOf(rebuilt));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves out the words its model was not fitted on, until the next full run', () => {
    const fr = fc.sample(profileArb('fr'), { numRuns: 1, seed: 11 })[0];
    const known = { ...fr, country: 'FR', description: 'terrasses irriguées du safran' };
    const ma = { ...known, id: 'ma', country: 'MA', description: 'randonnée' };
    const live = new LiveMatchIndex(buildMatchIndex([known, ma]));
    const changed = { ...ma, description: 'randonnée, terrasses, apiculture' };
    live.upsert(changed, analyseProfile(changed));
    const { index } = live;
    const words = (id: string) =>
      [...index.features[index.positionOf.get(id)!].description.terms].map((t) =>
        index.words.term(t),
      );
    expect(index.words.find('apicultur')).toBeUndefined();
    expect(words('ma')).toHaveLength(2);
  });

  it('gives the lists of the index it starts from while nothing changes', () => {
    fc.assert(
      fc.property(eventArb, ({ base }) => {
        const index = buildMatchIndex(base);
        expect(listsOf(new LiveMatchIndex(index).index)).toEqual(listsOf(index));
      }),
      { numRuns: 30 },
    );
  });

  it('leaves the index it starts from untouched, for the run that may still read it', () => {
    const [a, b] = fc.sample(profileArb('p1'), { numRuns: 2, seed: 7 });
    const index = buildMatchIndex([
      a,
      { ...b, id: 'p2', country: a.country === 'FR' ? 'MA' : 'FR' },
    ]);
    const before = listsOf(index);
    const words = index.words.size;
    const live = new LiveMatchIndex(index);
    const newcomer = { ...a, id: 'p0', offers: 'vocabulaire inédit du nouveau venu' };
    live.upsert(newcomer, analyseProfile(newcomer));
    live.remove('p2');
    expect(index.features).toHaveLength(2);
    expect(index.words.size).toBe(words);
    expect(index.removed.every((flag) => flag === 0)).toBe(true);
    expect(listsOf(index)).toEqual(before);
    expect(live.index.positionOf.has('p0')).toBe(true);
    expect(live.index.positionOf.has('p2')).toBe(false);
  });

  it('takes out whoever withdraws consent, and tells the version it holds', () => {
    const fr: MatchProfile = {
      ...fc.sample(profileArb('fr'), { numRuns: 1, seed: 3 })[0],
      country: 'FR',
      version: 1,
    };
    const ma: MatchProfile = { ...fr, id: 'ma', country: 'MA', version: 4 };
    const live = new LiveMatchIndex(buildMatchIndex([fr, ma]));
    expect(live.versionOf('ma')).toBe(4);
    live.upsert({ ...ma, version: 5, consentMatching: false }, analyseProfile(ma));
    expect(live.versionOf('ma')).toBeUndefined();
    expect([...live.indexedIds()]).toEqual(['fr']);
    expect(
      rankedMatches(live.index, live.index.positionOf.get('fr')!, options, new ScoringBuffers(3)),
    ).toEqual([]);
  });
});

describe('scores between two participants', () => {
  it('are the same to the last bit from either side (lists are updated in place on that)', () => {
    fc.assert(
      fc.property(eventArb, ({ base, changes }) => {
        const live = new LiveMatchIndex(buildMatchIndex(base));
        for (const change of changes)
          if (change.kind === 'upsert') live.upsert(change.profile, analyseProfile(change.profile));
        const { index } = live;
        const buffers = new ScoringBuffers(index.features.length);
        const rows = [...index.positionOf.values()].map((viewer) => ({
          viewer,
          scores: Float64Array.from(scoreCandidates(index, viewer, options, buffers)),
        }));
        for (const a of rows)
          for (const b of rows)
            if (index.country[a.viewer] !== index.country[b.viewer])
              expect(a.scores[b.viewer]).toBe(b.scores[a.viewer]);
      }),
      { numRuns: 60 },
    );
  });
});
