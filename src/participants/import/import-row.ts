/**
 * One participant read from an import file, before validation.
 * `rowNumber` is the line a spreadsheet shows (header = 1), so row errors point organisers at it;
 * `fields` uses the JSON API names (camelCase) and never holds `externalId`.
 */
export interface ImportRow {
  rowNumber: number;
  externalId: string | null;
  fields: Record<string, unknown>;
}
