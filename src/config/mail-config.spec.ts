import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig: e-mails', () => {
  it('writes to ./outbox by default, with links to localhost', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      smtpUrl: null,
      replyTo: null,
      mailOutboxDir: './outbox',
      mailRatePerMinute: 120,
      publicBaseUrl: 'http://localhost:3000',
    });
  });

  it('reads the SMTP settings', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://rfmm:secret@smtp.example.org:465',
      MAIL_FROM: 'Rencontres de la Montagne <rfmm@example.org>',
      REPLY_TO: 'rdv@example.org',
      MAIL_RATE_PER_MINUTE: '0',
      PUBLIC_BASE_URL: 'https://match.example.org/',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtps://rfmm:secret@smtp.example.org:465',
      mailFrom: 'Rencontres de la Montagne <rfmm@example.org>',
      replyTo: 'rdv@example.org',
      mailRatePerMinute: 0,
      publicBaseUrl: 'https://match.example.org',
    });
  });

  it.each([
    ['SMTP_URL', 'smtp.example.org:587', /SMTP_URL must look like smtp:/],
    ['MAIL_FROM', 'Rencontres', /MAIL_FROM must be an address/],
    ['REPLY_TO', 'rdv at example.org', /REPLY_TO must be an address/],
    ['MAIL_RATE_PER_MINUTE', '-1', /MAIL_RATE_PER_MINUTE must be between 0/],
    ['MAIL_RATE_PER_MINUTE', 'fast', /MAIL_RATE_PER_MINUTE must be an integer/],
    ['UNSUBSCRIBE_SECRET', 'short', /UNSUBSCRIBE_SECRET must be at least 16 characters/],
    ['PUBLIC_BASE_URL', 'match.example.org', /PUBLIC_BASE_URL must look like https:/],
  ])('refuses %s=%s with one line naming it', (name, value, expected) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).lines).toHaveLength(1);
    expect((error as ConfigError).lines[0]).toMatch(expected);
  });
});
