import { writeFile } from 'node:fs/promises';
import { API_SCHEMA_FILE, renderApiSchema } from './render-api-schema.js';

await writeFile(API_SCHEMA_FILE, await renderApiSchema());
console.log(`Wrote ${API_SCHEMA_FILE}`);
// Nest's preview app may leave handles (timers of modules it did not start); nothing is pending.
process.exit(0);
