import { jest } from '@jest/globals';
import { redactText } from './redact-text.js';
import { RedactingLogger } from './redacting-logger.js';

describe('redactText', () => {
  it('masks e-mail addresses, including accented ones', () => {
    expect(redactText('duplicate for fz.aitbenhaddou@example.ma and élodie@mairie-écrins.fr')).toBe(
      'duplicate for <email> and <email>',
    );
  });

  it('masks API keys and bearer tokens', () => {
    const key = 'mmo_0123456789abcdefghijABCDEFGHIJ_-xyz012345';
    expect(redactText(`rejected ${key}`)).toBe('rejected <api-key>');
    expect(redactText('Authorization: Bearer montagne-match-dev-admin-key')).toBe(
      'Authorization: Bearer <secret>',
    );
  });

  it('masks passwords in connection URLs', () => {
    expect(redactText('cannot reach smtp://rfmm:s3cret@mail.example.org:587')).toBe(
      'cannot reach smtp://rfmm:***@mail.example.org:587',
    );
  });

  it('leaves ordinary messages alone', () => {
    expect(redactText('Import 3f2a failed: row 12 country is invalid')).toBe(
      'Import 3f2a failed: row 12 country is invalid',
    );
  });
});

describe('RedactingLogger', () => {
  it('never prints an address or a key, in messages or stacks', () => {
    const written: string[] = [];
    const spy = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    try {
      const logger = new RedactingLogger('Test');
      const error = new Error('no participant with e-mail a.b@example.fr');
      logger.error(`failed for a.b@example.fr`, error.stack);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain('failed for <email>');
    expect(written.join('')).not.toContain('a.b@example.fr');
  });
});

describe('RedactingLogger without a stack, or with parameters', () => {
  const capture = (log: (logger: RedactingLogger) => void): string => {
    const written: string[] = [];
    const spy = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    try {
      log(new RedactingLogger('Test', { colors: false }));
    } finally {
      spy.mockRestore();
    }
    return written.join('');
  };

  it('logs an error given no stack', () => {
    expect(capture((logger) => logger.error('lost the queue'))).toContain('lost the queue');
  });

  it('masks addresses in structured parameters', () => {
    const output = capture((logger) => logger.error('bounced', { to: 'a.b@example.fr' }));
    expect(output).toContain('<email>');
    expect(output).not.toContain('a.b@example.fr');
  });
});
