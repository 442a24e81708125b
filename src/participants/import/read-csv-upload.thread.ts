import { parentPort, workerData } from 'node:worker_threads';
import { readCsvInPlace } from './read-csv-upload.js';

// Parses a stored CSV upload off the main thread; the rows go back by structured clone.
parentPort!.postMessage(readCsvInPlace(workerData as Uint8Array));
