import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.js';

const SECRET = 'a-secret-of-at-least-16-characters';
const SUBJECT = {
  eventId: '0b6e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  participantId: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
};

describe('unsubscribe tokens', () => {
  it('give back the event and participant they were made for', () => {
    const token = signUnsubscribeToken(SECRET, SUBJECT);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readUnsubscribeToken(SECRET, token)).toEqual(SUBJECT);
  });

  it('are refused when made with another secret', () => {
    const token = signUnsubscribeToken('another-secret-of-16-characters', SUBJECT);
    expect(readUnsubscribeToken(SECRET, token)).toBe('forged');
  });

  it('are refused when the ids are swapped for someone else’s', () => {
    const bytes = Buffer.from(signUnsubscribeToken(SECRET, SUBJECT), 'base64url');
    bytes[20] ^= 0x01; // a bit of the participant id
    expect(readUnsubscribeToken(SECRET, bytes.toString('base64url'))).toBe('forged');
  });

  it('are refused when the signature is altered', () => {
    const bytes = Buffer.from(signUnsubscribeToken(SECRET, SUBJECT), 'base64url');
    bytes[bytes.length - 1] ^= 0x80;
    expect(readUnsubscribeToken(SECRET, bytes.toString('base64url'))).toBe('forged');
  });

  it.each([
    '',
    'abc',
    'preview-link-disabled',
    '%2e%2e',
    signUnsubscribeToken(SECRET, SUBJECT).slice(1),
  ])('call %j malformed', (token) => {
    expect(readUnsubscribeToken(SECRET, token)).toBe('malformed');
  });
});
