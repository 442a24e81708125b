import { spreadsheetCell } from './spreadsheet-cell.js';

describe('spreadsheetCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+33 4 76', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes %j so a spreadsheet shows it as text',
    (value) => expect(spreadsheetCell(value)).toBe(`'${value}`),
  );

  it('leaves ordinary text alone', () => {
    expect(spreadsheetCell('Commune de Taliouine')).toBe('Commune de Taliouine');
    expect(spreadsheetCell('Aït-Benhaddou = patrimoine')).toBe('Aït-Benhaddou = patrimoine');
  });
});
