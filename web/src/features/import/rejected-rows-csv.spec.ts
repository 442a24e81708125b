import { rejectedRowsCsv } from './rejected-rows-csv';

describe('The rejected rows download', () => {
  it('is a ;-separated CSV with a BOM, quotes doubled, one line per rejected row', () => {
    const csv = rejectedRowsCsv(
      [
        { row: 3, externalId: 'MA-0002', field: 'email', reason: 'email must be "valid"' },
        { row: 7, externalId: null, field: 'country', reason: 'country is required' },
      ],
      ['Ligne', 'Identifiant', 'Champ', 'Raison'],
    );
    expect(csv.startsWith('\uFEFF"Ligne";"Identifiant";"Champ";"Raison"\r\n')).toBe(true);
    expect(csv).toContain('"3";"MA-0002";"email";"email must be ""valid"""\r\n');
    expect(csv).toContain('"7";"";"country";"country is required"\r\n');
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});
