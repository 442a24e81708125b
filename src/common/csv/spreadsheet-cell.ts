// A line starting with one of these runs as a formula (=HYPERLINK(…), +, -, @, tab, CR), and so
// do their full-width forms in some spreadsheets (Apple Numbers folds them).
const FORMULA_START = /(^|\r\n|\r|\n)(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * Neutralises text a spreadsheet would run as a formula by prefixing `'`, at the start of the
 * cell and of every line inside it: a spreadsheet that splits a cell at a line break would
 * otherwise start a row with a live formula. Registrations are typed by the public, exports
 * are opened by organisers.
 */
export function spreadsheetCell(value: string): string {
  return value.replace(FORMULA_START, "$1'");
}
