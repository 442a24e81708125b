// Plain JS, like the e2e global setup it extends: the browser tests drive the console as
// `npm run build` makes it, so it is built once before them, into dist/console.
import { execFileSync } from 'node:child_process';
import e2eGlobalSetup from '../../support/global-setup.js';

export default async function browserGlobalSetup() {
  await e2eGlobalSetup();
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
}
