import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';

/** OpenAPI built from the DTOs: the page at /docs, the JSON at /docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}

/** The document /docs-json serves; the console's typed client is generated from it. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('montagne-match')
      .setDescription(
        'Matchmaking for the Rencontres Franco-Marocaines de la Montagne: registrations in, ' +
          'explained partner suggestions and speed-meeting schedules out. Errors share one body: ' +
          '{ statusCode, error, message, errors?: [{ field, reason }] }.',
      )
      .setVersion('1')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        description:
          'An API key: the admin key (ADMIN_API_KEY) creates events; creating one returns its organiser key (everything for that event) and its front-end key (one participant at a time). X-Api-Key: <key> works too.',
      })
      .build(),
  );
}
