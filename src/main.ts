import { startService } from './bootstrap/start-service.js';

// The API; with ROLE=all (the default) this process runs the workers too.
await startService();
