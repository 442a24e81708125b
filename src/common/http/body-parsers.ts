import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { statusText } from './all-exceptions.filter.js';
import type { ErrorBody } from './error-body.js';
import { MAX_JSON_DEPTH, refuseDeepJson } from './json-depth.js';

export interface BodyLimits {
  bodyLimitBytes: number;
  importLimitBytes: number;
}

/** Matches the bulk-import route, the only one allowed large bodies. */
const IMPORT_PATH = /^\/events\/[^/]+\/imports\/?$/;
/** One-click unsubscribe (RFC 8058): mail clients and the page's form POST a form body. */
const UNSUBSCRIBE_PATH = /^\/unsubscribe\/[^/]+\/?$/;

/**
 * JSON everywhere (small limit) and CSV text on the import route (large limit). Parser
 * failures answer in the API's error shape: 400 for malformed bodies, 413 for oversize ones.
 */
export function bodyParsers(limits: BodyLimits): RequestHandler[] {
  const importJson = express.json({
    limit: limits.importLimitBytes,
    verify: refuseDeepJson,
    reviver: refuseUnstorableText,
  });
  // Raw bytes, so the import can refuse a file that is not UTF-8 instead of garbling accents.
  const importCsv = express.raw({
    type: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'],
    limit: limits.importLimitBytes,
  });
  const json = express.json({
    limit: limits.bodyLimitBytes,
    verify: refuseDeepJson,
    reviver: refuseUnstorableText,
  });
  // Read and dropped: the token in the path is all the route needs.
  const unsubscribeForm = express.urlencoded({ extended: false, limit: '1kb', type: () => true });
  return [
    (request, response, next) => {
      if (IMPORT_PATH.test(request.path) && request.method === 'POST') {
        return guard(importJson)(request, response, (error?: unknown) =>
          error ? next(error) : guard(importCsv)(request, response, next),
        );
      }
      if (UNSUBSCRIBE_PATH.test(request.path) && request.method === 'POST') {
        return guard(unsubscribeForm)(request, response, next);
      }
      if (hasBody(request) && !request.is('application/json')) {
        return send(response, {
          statusCode: 415,
          error: statusText(415),
          message: 'Send the request body as JSON (Content-Type: application/json)',
        });
      }
      return guard(json)(request, response, next);
    },
  ];
}

function hasBody(request: Request): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined ||
    Number(request.headers['content-length'] ?? 0) > 0
  );
}

function send(response: Response, body: ErrorBody): void {
  response.status(body.statusCode).json(body);
}

function guard(parser: RequestHandler): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) =>
    parser(request, response, (error?: unknown) => {
      if (!error) return next();
      send(response, parserErrorBody(error as Parameters<typeof parserErrorBody>[0]));
    });
}

// Half of a UTF-16 pair, or NUL: JSON can escape both ("\\ud800", "\\u0000"), but no text
// column or jsonb value of PostgreSQL can hold them.
const UNSTORABLE_TEXT =
  // eslint-disable-next-line no-control-regex -- finding NUL is the point
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_TEXT_REASON =
  'holds text PostgreSQL cannot store: a NUL character (\\u0000) or half of a \\uD800-\\uDFFF pair';
/** The field each such refusal is about (body-parser strips custom properties off errors). */
const unstorableField = new WeakMap<object, string>();

/** Refused while parsing, so a 400 names the field instead of a failing INSERT later. */
function refuseUnstorableText(key: string, value: unknown): unknown {
  if (UNSTORABLE_TEXT.test(key) || (typeof value === 'string' && UNSTORABLE_TEXT.test(value))) {
    const field = UNSTORABLE_TEXT.test(key) ? '(a property name)' : key || '(body)';
    const error = new SyntaxError(`${field} ${UNSTORABLE_TEXT_REASON}`);
    unstorableField.set(error, field);
    throw error;
  }
  return value;
}

function parserErrorBody(error: {
  status?: number;
  type?: string;
  limit?: number;
  message?: string;
}): ErrorBody {
  if (error.type === 'entity.too.large') {
    return {
      statusCode: 413,
      error: statusText(413),
      message: `Request body is larger than the limit of ${error.limit} bytes`,
    };
  }
  if (error.type === 'entity.too.deep') {
    return {
      statusCode: 400,
      error: statusText(400),
      message: `Request body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`,
    };
  }
  const field = unstorableField.get(error);
  if (field) {
    const reason = `${field} ${UNSTORABLE_TEXT_REASON}`;
    return {
      statusCode: 400,
      error: statusText(400),
      message: `Validation failed: ${field}`,
      errors: [{ field, reason }],
    };
  }
  if (error.type === 'entity.parse.failed') {
    return {
      statusCode: 400,
      error: statusText(400),
      message: 'Malformed JSON in request body (expected an object, or an array for imports)',
    };
  }
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
  return {
    statusCode: status,
    error: statusText(status),
    message: `Unreadable request body (${error.type ?? 'unknown'})`,
  };
}
