/** Ten times the largest edition foreseen (2,000 registrations), and batch size for the worker. */
export const MAX_IMPORT_ROWS = 20_000;
export const IMPORT_BATCH_SIZE = 250;
