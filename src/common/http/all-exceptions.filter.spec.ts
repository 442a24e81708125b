import { jest } from '@jest/globals';
import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { RedactingLogger } from '../logging/redacting-logger.js';
import { AllExceptionsFilter } from './all-exceptions.filter.js';

/** A route failing as code does when something nobody foresaw goes wrong. */
@Controller('failing')
class FailingController {
  @Get(':token')
  fail(): never {
    throw new TypeError('Cannot read properties of undefined (reading "fz@example.ma")');
  }
}

/** The real filter and the service's own logger, in a real Nest application. */
describe('AllExceptionsFilter with the redacting logger', () => {
  let app: INestApplication;
  let written: string[];

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [FailingController],
    }).compile();
    app = moduleRef.createNestApplication({
      logger: new RedactingLogger({ logLevels: ['error', 'warn'], colors: false }),
    });
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
  });
  afterAll(() => app.close());

  beforeEach(() => {
    written = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers an unexpected error with the common JSON body, no stack', async () => {
    const response = await request(app.getHttpServer()).get('/failing/secret-token');
    expect(response.status).toBe(500);
    expect(response.type).toBe('application/json');
    expect(response.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
    expect(response.text).not.toMatch(/TypeError|\bat |\.ts:\d+/);
  });

  it('logs one redacted line naming the route, then the stack', async () => {
    await request(app.getHttpServer()).get('/failing/secret-token').expect(500);
    const log = written.join('');
    expect(log).toContain(
      'ERROR [HTTP] GET /failing/:token: Cannot read properties of undefined (reading "<email>")',
    );
    expect(log).toMatch(/TypeError: .*\n\s+at /);
    expect(log).not.toContain('fz@example.ma');
    expect(log).not.toContain('secret-token');
  });
});
