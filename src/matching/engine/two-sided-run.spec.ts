import fc from 'fast-check';
import { ColumnCandidates } from './column-candidates.js';
import { matchesFor } from './compute-matches.js';
import { buildMatchIndex } from './match-index.js';
import type { Match, MatchOptions, MatchProfile } from './match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights.js';
import { ScoringBuffers } from './score-candidates.js';
import { profileArb } from './testing/profile-arbitrary.js';
import { columnList, rankBothSides, rankRows, rowCountryOf, runSides } from './two-sided-run.js';

const options: MatchOptions = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  crossCountryOnly: true,
  topK: 4,
};

const eventArb = (countries?: string[]) =>
  fc
    .integer({ min: 2, max: 24 })
    .chain((size) =>
      fc.tuple(...Array.from({ length: size }, (_, i) => profileArb(`p${i + 10}`, countries))),
    );

/** Every list ranked participant by participant, against everyone: the reference. */
function oneSided(profiles: MatchProfile[], runOptions = options): Map<string, Match[]> {
  const index = buildMatchIndex(profiles);
  return matchesFor(
    index,
    index.features.map((f) => f.profile.id),
    runOptions,
  );
}

function sorted(lists: Map<string, Match[]>): [string, Match[]][] {
  return [...lists].sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('A two-sided run (each cross-border pair scored once)', () => {
  it('gives every list exactly as ranking each participant against everyone does', () => {
    fc.assert(
      fc.property(eventArb(), fc.integer({ min: 1, max: 6 }), (profiles, topK) => {
        const runOptions = { ...options, topK };
        const index = buildMatchIndex(profiles);
        const sides = runSides(index, runOptions);
        fc.pre(sides !== null);
        expect(sorted(rankBothSides(index, sides!, runOptions))).toEqual(
          sorted(oneSided(profiles, runOptions)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same lists when the rows are ranked in several passes whose best rows are merged', () => {
    fc.assert(
      fc.property(eventArb(), fc.integer({ min: 1, max: 5 }), (profiles, passSize) => {
        const index = buildMatchIndex(profiles);
        const sides = runSides(index, options);
        fc.pre(sides !== null);
        const { rows, columns } = sides!;
        const buffers = new ScoringBuffers(index.features.length);
        const passes: ColumnCandidates[] = [];
        const lists = new Map<string, Match[]>();
        // The passes run in reverse, as workers may finish row shards in any order.
        for (
          let start = Math.floor((rows.length - 1) / passSize) * passSize;
          start >= 0;
          start -= passSize
        ) {
          const pass = new ColumnCandidates(columns.length, options.topK);
          rankRows(
            index,
            sides!,
            rows.subarray(start, start + passSize),
            options,
            pass,
            buffers,
          ).forEach((list, id) => lists.set(id, list));
          passes.push(pass);
        }
        columns.forEach((viewer, column) => {
          const held = passes.map((pass) => pass.entriesOf(column));
          const list = columnList(
            index,
            viewer,
            Int32Array.from(held.flatMap(({ rows: r }) => [...r])),
            Float64Array.from(held.flatMap(({ scores }) => [...scores])),
            options,
            buffers,
          );
          lists.set(index.features[viewer].profile.id, list);
        });
        expect(sorted(lists)).toEqual(sorted(oneSided(profiles)));
      }),
      { numRuns: 150 },
    );
  });

  it('takes the smaller country as rows, or the one the run chose', () => {
    const profiles = fc.sample(eventArb(), { numRuns: 40, seed: 5 }).find((event) => {
      const fr = event.filter((p) => p.country === 'FR').length;
      return fr > 0 && fr < event.length / 2;
    })!;
    const index = buildMatchIndex(profiles);
    const french = profiles
      .filter((p) => p.country === 'FR')
      .map((p) => p.id)
      .sort();
    const rowIds = (rows: Int32Array) => Array.from(rows, (p) => index.features[p].profile.id);
    expect(rowIds(runSides(index, options)!.rows)).toEqual(french);
    expect(rowIds(runSides(index, options, 'MA')!.columns)).toEqual(french);
    expect(runSides(index, options, 'ES')).toBeNull();
  });

  it('is not used when same-country pairs are allowed or the event has another number of countries', () => {
    const [two] = fc.sample(eventArb(), { numRuns: 1, seed: 9 });
    expect(runSides(buildMatchIndex(two), { ...options, crossCountryOnly: false })).toBeNull();
    const [three] = fc.sample(
      eventArb(['FR', 'MA', 'ES']).filter(
        (event) => new Set(event.map((p) => p.country)).size === 3,
      ),
      { numRuns: 1, seed: 9 },
    );
    expect(runSides(buildMatchIndex(three), options)).toBeNull();
    const [one] = fc.sample(eventArb(['FR']), { numRuns: 1, seed: 9 });
    expect(runSides(buildMatchIndex(one), options)).toBeNull();
  });

  it('chooses its rows from the participant counts: the smaller country, on a tie the first', () => {
    expect(
      rowCountryOf(
        new Map([
          ['MA', 10],
          ['FR', 12],
        ]),
      ),
    ).toBe('MA');
    expect(
      rowCountryOf(
        new Map([
          ['MA', 10],
          ['FR', 10],
        ]),
      ),
    ).toBe('FR');
    expect(rowCountryOf(new Map([['FR', 10]]))).toBeNull();
    expect(
      rowCountryOf(
        new Map([
          ['FR', 1],
          ['MA', 1],
          ['ES', 1],
        ]),
      ),
    ).toBeNull();
  });
});
