import { spreadsheetCell } from './spreadsheet-cell.js';

describe('spreadsheetCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+33 4 76', '-1', '@SUM(A1)', '\tx', '\rx', '＝1+1'])(
    'prefixes %j so a spreadsheet shows it as text',
    (value) => expect(spreadsheetCell(value)).toBe(`'${value}`),
  );

  it.each([
    ['x\n=cmd|calc!A1', "x\n'=cmd|calc!A1"],
    ['x\r=cmd|calc!A1', "x\r'=cmd|calc!A1"],
    ['x\r\n+1\r\n-2', "x\r\n'+1\r\n'-2"],
    ['=a\n@b', "'=a\n'@b"],
    ['x\n\r=y', "x\n'\r'=y"],
  ])('prefixes every line of %j that would run as a formula', (value, neutralised) => {
    expect(spreadsheetCell(value)).toBe(neutralised);
  });

  it('leaves ordinary text alone', () => {
    expect(spreadsheetCell('Commune de Taliouine')).toBe('Commune de Taliouine');
    expect(spreadsheetCell('Aït-Benhaddou = patrimoine')).toBe('Aït-Benhaddou = patrimoine');
    expect(spreadsheetCell('ligne 1\nligne 2 = suite')).toBe('ligne 1\nligne 2 = suite');
  });
});
