import { CreateEventsParticipantsImports1795302000000 } from './1795302000000-create-events-participants-imports.js';

/** Every migration, in order; listed explicitly so the app, the CLI and the tests run the same. */
export const MIGRATIONS = [CreateEventsParticipantsImports1795302000000];
