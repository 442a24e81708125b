import { CreateEventsParticipantsImports1795302000000 } from './1795302000000-create-events-participants-imports.js';
import { CreateMatching1795310000000 } from './1795310000000-create-matching.js';

/** Every migration, in order; listed explicitly so the app, the CLI and the tests run the same. */
export const MIGRATIONS = [
  CreateEventsParticipantsImports1795302000000,
  CreateMatching1795310000000,
];
