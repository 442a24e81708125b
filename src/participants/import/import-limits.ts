/** Ten times the largest edition foreseen (2,000 registrations), and batch size for the worker. */
export const MAX_IMPORT_ROWS = 20_000;
export const IMPORT_BATCH_SIZE = 250;
/**
 * CSV files up to this size are read in the request (a few milliseconds), so format errors are
 * answered at once with 400; larger ones are stored as sent and read by the import job, off the
 * API's event loop.
 */
export const INLINE_CSV_MAX_BYTES = 64 * 1024;
