import { join } from 'node:path';
import { generateEvent } from '../generator/generate-event.js';
import { repositoryRoot } from '../repository-root.js';
import { participantsCsv } from './participants-csv.js';

/** The committed sample: README « try it » and e2e tests import it. */
export const SAMPLE_EVENT = { size: 200, seed: 2026 } as const;

export const SAMPLE_CSV_PATH = join(repositoryRoot(), 'test', 'fixtures', 'sample-event-200.csv');

export function sampleEventCsv(): string {
  return participantsCsv(generateEvent(SAMPLE_EVENT).profiles);
}
