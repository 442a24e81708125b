import { startService } from './bootstrap/start-service.js';

// Workers only, no HTTP: scale these out on as many machines as the load needs.
await startService('worker');
