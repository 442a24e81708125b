import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '../config/app-config.js';
import { documentAccess, routeAccessLevels } from './openapi-access.js';

/** OpenAPI built from the DTOs: the page at /docs, the JSON at /docs-json. */
export function setUpOpenApi(app: INestApplication, config: AppConfig): void {
  SwaggerModule.setup('docs', app, openApiDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}

/** The document /docs-json serves; the console's typed client is generated from it. */
export function openApiDocument(app: INestApplication, config: AppConfig): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('montagne-match')
      .setDescription(
        'Matchmaking for the Rencontres Franco-Marocaines de la Montagne: registrations in, ' +
          'explained partner suggestions and speed-meeting schedules out. Errors share one body: ' +
          '{ statusCode, error, message, errors?: [{ field, reason }] }.',
      )
      .setVersion('1')
      .setLicense('MIT', 'https://opensource.org/licenses/MIT')
      .addServer(config.publicBaseUrl)
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        // Keys are opaque random strings (mmo_…, mmf_…), not JWTs: DocumentBuilder's default
        // bearerFormat "JWT" would mislead generated clients.
        bearerFormat: undefined,
        description:
          'An API key: the admin key (ADMIN_API_KEY) creates events; creating one returns its organiser key (everything for that event) and its front-end key (one participant at a time). Keys are opaque strings, not JWTs. X-Api-Key: <key> works too.',
      })
      .build(),
  );
  documentAccess(document, routeAccessLevels(app));
  return document;
}
