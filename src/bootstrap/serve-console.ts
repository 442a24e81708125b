import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { consoleDir } from './console-dir.js';

export const CONSOLE_PATH = '/console';

/**
 * The organiser console: the static files `vite build` wrote, at /console, with its index page
 * for every deep link under it (the browser router reads the path); `/` leads there.
 */
export function serveConsole(app: NestExpressApplication): void {
  const root = consoleDir();
  const index = join(root, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET' && request.path === '/')
      return response.redirect(CONSOLE_PATH + '/');
    next();
  });
  // Hashed file names never change content, so they may be cached for good.
  app.use(
    `${CONSOLE_PATH}/assets`,
    express.static(join(root, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(CONSOLE_PATH, express.static(root, { index: false, redirect: false }));
  app.use(CONSOLE_PATH, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!existsSync(index)) {
      return response
        .status(404)
        .type('text/plain')
        .send('The console is not built: run `npm run build` (or `npm start`).');
    }
    response.set('Cache-Control', 'no-cache').sendFile(index);
  });
}
