import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `vite build` writes the console: `dist/console` under the package root, found from this
 * file so it is the same whether the service runs from `dist/` (npm start, the image) or from
 * the sources (the tests).
 */
export function consoleDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('No package.json above the service: cannot find the console');
    dir = parent;
  }
  return join(dir, 'dist', 'console');
}
