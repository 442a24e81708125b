import { writeFileSync } from 'node:fs';
import { SAMPLE_CSV_PATH, SAMPLE_EVENT, sampleEventCsv } from './sample-csv/sample-event.js';

/* Regenerates test/fixtures/sample-event-200.csv (commit the result). */
writeFileSync(SAMPLE_CSV_PATH, sampleEventCsv());
console.log(`${SAMPLE_EVENT.size} participants (seed ${SAMPLE_EVENT.seed}) → ${SAMPLE_CSV_PATH}`);
