import { RequestMethod } from '@nestjs/common';
import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ACCESS, AccessLevel } from '../auth/access.decorator.js';

/**
 * Who may call each route, read from the same `@Access` metadata the key guard reads (and its
 * default, the organiser key), keyed as OpenAPI names operations: "get /events/{eventId}".
 */
export function routeAccessLevels(app: INestApplication): Map<string, AccessLevel> {
  const levels = new Map<string, AccessLevel>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const [route, level] of routesOf(controller)) levels.set(route, level);
    }
  }
  return levels;
}

function* routesOf(controller: Type): Generator<[string, AccessLevel]> {
  const classLevel = Reflect.getMetadata(ACCESS, controller) as AccessLevel | undefined;
  const prefixes = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[]);
  for (const name of Object.getOwnPropertyNames(controller.prototype)) {
    const handler = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value;
    if (typeof handler !== 'function' || name === 'constructor') continue;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined) continue;
    const level =
      (Reflect.getMetadata(ACCESS, handler) as AccessLevel | undefined) ??
      classLevel ??
      'organiser';
    const paths = asArray(Reflect.getMetadata(PATH_METADATA, handler) as string | string[]);
    for (const prefix of prefixes) {
      for (const path of paths) {
        yield [`${RequestMethod[method].toLowerCase()} ${openApiPath(prefix, path)}`, level];
      }
    }
  }
}

function asArray(value: string | string[] | undefined): string[] {
  return value === undefined ? ['/'] : Array.isArray(value) ? value : [value];
}

/** "events/:eventId" + ":scheduleId.csv" → "/events/{eventId}/{scheduleId}.csv" */
function openApiPath(prefix: string, path: string): string {
  const joined = `/${prefix}/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return joined.replace(/:(\w+)/g, '{$1}');
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const ERROR_BODY = { $ref: '#/components/schemas/ErrorBody' };

/**
 * States on every operation what the key guard, the rate limits and the error filter really
 * do: which key it needs (`security: []` when none), and its 401, 403, 429 and 503 answers in
 * the common error body. Errors are always JSON, whatever the success answer's type.
 * An operation whose route is not found (a path syntax this does not translate) is left as
 * its decorators say; the contract test requires that there be none.
 */
export function documentAccess(document: OpenAPIObject, levels: Map<string, AccessLevel>): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const level = levels.get(`${method} ${path}`);
      const responses = operation.responses;
      const error = (status: string, description: string) => {
        responses[status] ??= { description };
      };
      if (!level) {
        // Left as declared.
      } else if (level === 'public') {
        operation.security = [];
      } else {
        operation.security = [{ bearer: [] }];
        error('401', 'No API key, or an unknown or revoked one');
        if (level !== 'frontend') {
          error(
            '403',
            level === 'admin'
              ? 'Only the admin key may do this'
              : 'A front-end key, where the organiser key is needed',
          );
        }
        error('503', 'PostgreSQL or Redis is unreachable; retry after Retry-After seconds');
      }
      error('429', 'Over the per-address or per-key budget; retry after Retry-After seconds');
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && response && 'description' in response) {
          // An error declared with its own JSON media type (beside a page for browsers, as
          // the unsubscribe links have) stays as declared; any other is the common body.
          if (response.content?.['application/json']) continue;
          response.content = { 'application/json': { schema: ERROR_BODY } };
        }
      }
    }
  }
}
