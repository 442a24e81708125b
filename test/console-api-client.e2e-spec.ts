import { readFile } from 'node:fs/promises';
import { API_SCHEMA_FILE, renderSchemaOf } from '../tools/api-client/render-api-schema.js';
import { startTestApp, TestApp } from './support/test-app.js';

// The console's typed client must describe the API as it is served, or the two drift apart.
describe('The console API client', () => {
  let service: TestApp;
  beforeAll(async () => (service = await startTestApp()));
  afterAll(() => service.close());

  it('is generated from the document /docs-json serves (run `npm run api:client`)', async () => {
    const served = await service.as(null).get('/docs-json').expect(200);
    const committed = await readFile(API_SCHEMA_FILE, 'utf8');
    expect(committed).toBe(await renderSchemaOf(served.body));
  });
});
