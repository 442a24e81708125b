/** A rejected row as the import report gives it. */
export interface RejectedRow {
  row: number;
  externalId?: string | null;
  field: string;
  reason: string;
}

/**
 * The rejected rows as a CSV the organiser opens in a spreadsheet, fixes and imports again:
 * `;`-separated with a BOM, as French spreadsheets expect, every cell quoted.
 */
export function rejectedRowsCsv(rows: RejectedRow[], header: string[]): string {
  const cell = (value: string | number | null | undefined) =>
    `"${String(value ?? '').replace(/"/g, '""')}"`;
  const lines = [header, ...rows.map((row) => [row.row, row.externalId, row.field, row.reason])];
  return '\uFEFF' + lines.map((line) => line.map(cell).join(';')).join('\r\n') + '\r\n';
}
