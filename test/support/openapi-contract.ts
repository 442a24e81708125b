import { Ajv, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';

// ajv-formats is CommonJS: under native ESM its function is the default export's default.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

export interface OpenApiOperation {
  security?: Record<string, string[]>[];
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: unknown }>; headers?: object }
  >;
}

export interface OpenApiDocument {
  servers?: { url: string }[];
  components: { securitySchemes: Record<string, object>; schemas: Record<string, object> };
  paths: Record<string, Record<string, OpenApiOperation>>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * OpenAPI 3.0 schemas as JSON Schema: `nullable: true` becomes a `null` type (ajv knows no
 * `nullable` outside its own OpenAPI mode, which refuses `nullable` next to `$ref`/`anyOf`).
 */
function asJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, asJsonSchema(value)]),
  );
  if (nullable !== true) return converted;
  if (typeof converted.type === 'string') {
    return {
      ...converted,
      type: [converted.type, 'null'],
      ...(Array.isArray(converted.enum) && { enum: [...new Set([...converted.enum, null])] }),
    };
  }
  return { anyOf: [converted, { type: 'null' }] };
}

const pointer = (segments: string[]) =>
  segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/**
 * Checks real answers against the served OpenAPI document: the status must be declared for
 * the operation, and a JSON body must match the declared schema ($refs resolved).
 */
export class OpenApiContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  private readonly validators = new Map<string, ValidateFunction>();
  /** Operations and statuses checked, to tell which were never exercised. */
  readonly checked = new Set<string>();

  constructor(readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema({
      ...(asJsonSchema(document as unknown as Json) as object),
      $id: 'openapi.json',
    });
  }

  /** Throws, naming the operation and what is wrong, unless the answer matches the document. */
  expect(response: Response, method: string, path: string): Response {
    const operation = this.document.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
    const status = String(response.status);
    const declared = operation.responses[status];
    if (!declared) {
      throw new Error(
        `${method.toUpperCase()} ${path} answered ${status}, which the document does not declare ` +
          `(declared: ${Object.keys(operation.responses).join(', ')}): ${JSON.stringify(response.body)}`,
      );
    }
    this.checked.add(`${method} ${path} ${status}`);
    const type = String(response.headers['content-type'] ?? '').split(';')[0];
    if (!declared.content) {
      if (response.text)
        throw new Error(`${method} ${path} ${status}: a body where none is declared`);
      return response;
    }
    if (!declared.content[type]) {
      throw new Error(
        `${method.toUpperCase()} ${path} ${status} served ${type}, declared ${Object.keys(declared.content).join(', ')}`,
      );
    }
    if (type !== 'application/json') return response;
    const validate = this.validator([
      'paths',
      path,
      method,
      'responses',
      status,
      'content',
      type,
      'schema',
    ]);
    if (!validate(response.body)) {
      throw new Error(
        `${method.toUpperCase()} ${path} ${status} does not match its schema: ` +
          `${this.ajv.errorsText(validate.errors, { separator: '; ' })}\n${JSON.stringify(response.body).slice(0, 2000)}`,
      );
    }
    return response;
  }

  private validator(segments: string[]): ValidateFunction {
    const ref = `openapi.json#/${pointer(segments)}`;
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.validators.set(ref, validate);
    }
    return validate;
  }
}
