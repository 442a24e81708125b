import { readFileSync } from 'node:fs';
import { parseParticipantsCsv } from '../../src/participants/import/csv-participants.js';
import { validateParticipantInput } from '../../src/participants/validate-participant-input.js';
import { generateEvent } from '../generator/generate-event.js';
import { csvCell, participantsCsv } from './participants-csv.js';
import { SAMPLE_CSV_PATH, SAMPLE_EVENT, sampleEventCsv } from './sample-event.js';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a; b', '"a; b"'],
    ['il dit "oui"', '"il dit ""oui"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ["l'eau, la terre", "l'eau, la terre"],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('participantsCsv', () => {
  const { profiles } = generateEvent({ size: 300, seed: 7 });
  const { rows, ignoredColumns } = parseParticipantsCsv(participantsCsv(profiles));

  it('is read back by the importer, one row per participant, every column known', () => {
    expect(ignoredColumns).toEqual([]);
    expect(rows.map((row) => row.externalId)).toEqual(profiles.map((p) => p.externalId));
  });

  it('round-trips every field through the importer', () => {
    rows.forEach((row, i) => {
      const p = profiles[i];
      const expected: Record<string, unknown> = {
        fullName: p.fullName,
        email: p.email,
        organisation: p.organisation,
        organisationType: p.organisationType,
        sector: p.sector ?? undefined,
        country: p.country,
        region: p.region ?? undefined,
        massif: p.massif ?? undefined,
        themes: p.themes.length > 0 ? p.themes : undefined,
        languages: p.languages,
        offers: p.offers ?? undefined,
        needs: p.needs ?? undefined,
        description: p.description ?? undefined,
        consentMatching: p.consentMatching,
        consentEmail: p.consentEmail,
        availability: p.availability ?? undefined,
      };
      for (const key of Object.keys(expected))
        if (expected[key] === undefined) delete expected[key];
      expect(row.fields).toEqual(expected);
    });
  });

  it('passes the API validation on every row', async () => {
    for (const row of rows) {
      const result = await validateParticipantInput(row.fields);
      expect({ row: row.externalId, errors: result.errors }).toEqual({
        row: row.externalId,
        errors: undefined,
      });
    }
  });
});

describe('the committed sample (test/fixtures/sample-event-200.csv)', () => {
  it('is what bench/write-sample-csv.ts writes today (regenerate and commit it if not)', () => {
    expect(readFileSync(SAMPLE_CSV_PATH, 'utf8')).toBe(sampleEventCsv());
  });

  it('holds about 200 participants, some without consent', () => {
    const { rows } = parseParticipantsCsv(readFileSync(SAMPLE_CSV_PATH, 'utf8'));
    expect(rows).toHaveLength(SAMPLE_EVENT.size);
    const refusals = rows.filter((row) => row.fields.consentMatching === false).length;
    expect(refusals).toBeGreaterThan(0);
    expect(refusals).toBeLessThan(20);
  });
});
