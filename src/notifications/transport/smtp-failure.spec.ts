import { isPermanentFailure } from './smtp-failure.js';

describe('isPermanentFailure', () => {
  it.each([
    ['a 550 for the recipient', { code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }],
    ['a 554 for the message', { code: 'EMESSAGE', responseCode: 554, command: 'DATA' }],
    ['an address nodemailer refuses', { code: 'EENVELOPE', command: 'API' }],
  ])('gives up on %s', (_, error) => {
    expect(isPermanentFailure(Object.assign(new Error('refused'), error))).toBe(true);
  });

  it.each([
    ['greylisting (451)', { code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' }],
    ['a full mailbox (452)', { code: 'EENVELOPE', responseCode: 452, command: 'RCPT TO' }],
    ['a refused connection', { code: 'ESOCKET' }],
    ['a timeout', { code: 'ETIMEDOUT' }],
    ['a dropped connection', { code: 'ECONNECTION' }],
    [
      'bad credentials (535), a server problem',
      { code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' },
    ],
    ['something unknown', {}],
  ])('retries %s', (_, error) => {
    expect(isPermanentFailure(Object.assign(new Error('failed'), error))).toBe(false);
  });
});
