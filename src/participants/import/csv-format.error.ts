/** The upload is not a usable participants CSV at all (as opposed to a row with a bad value). */
export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError';
}
