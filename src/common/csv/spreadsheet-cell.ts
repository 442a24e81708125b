/**
 * Neutralises a cell a spreadsheet would run as a formula (=HYPERLINK(…), +, -, @, tab, CR):
 * registrations are typed by the public, exports are opened by organisers.
 */
export function spreadsheetCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
