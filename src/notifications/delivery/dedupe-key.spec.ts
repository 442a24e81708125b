import { dedupeKey } from './dedupe-key.js';

const EVENT = '7d9f4a52-0000-4000-8000-000000000001';
const PARTICIPANT = '7d9f4a52-0000-4000-8000-000000000002';
const CONTENT = { lang: 'fr', partners: [['FR-1', 0.62]] };

describe('dedupeKey', () => {
  it('is the same for the same participant, kind and content: a re-trigger finds the row', () => {
    const key = dedupeKey(EVENT, PARTICIPANT, 'suggestions', CONTENT);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(dedupeKey(EVENT, PARTICIPANT, 'suggestions', structuredClone(CONTENT))).toBe(key);
  });

  it.each([
    ['another participant', [EVENT, EVENT, 'suggestions', CONTENT]],
    ['another event', [PARTICIPANT, PARTICIPANT, 'suggestions', CONTENT]],
    ['another kind', [EVENT, PARTICIPANT, 'agenda', CONTENT]],
    [
      'another partner',
      [EVENT, PARTICIPANT, 'suggestions', { lang: 'fr', partners: [['FR-2', 0.62]] }],
    ],
    [
      'another score',
      [EVENT, PARTICIPANT, 'suggestions', { lang: 'fr', partners: [['FR-1', 0.63]] }],
    ],
    [
      'another language',
      [EVENT, PARTICIPANT, 'suggestions', { lang: 'en', partners: [['FR-1', 0.62]] }],
    ],
  ] as const)('changes with %s', (_, [event, participant, kind, content]) => {
    expect(dedupeKey(event, participant, kind, content)).not.toBe(
      dedupeKey(EVENT, PARTICIPANT, 'suggestions', CONTENT),
    );
  });
});
