import { isSameProfile, toProfile } from './participant-profile.js';
import type { ParticipantInputDto } from './dto/participant-input.dto.js';
import type { ParticipantEntity } from './participant.entity.js';

const input: ParticipantInputDto = {
  fullName: 'Fatima Zahra Aït Benhaddou',
  email: 'fz.aitbenhaddou@example.ma',
  organisation: 'Commune de Taliouine',
  organisationType: 'collectivite',
  country: 'MA',
  themes: ['sustainable-tourism'],
  availability: [5, 1, 3],
};

describe('toProfile', () => {
  it('makes absent fields explicit: PUT replaces the whole profile', () => {
    expect(toProfile(input)).toEqual({
      ...input,
      sector: null,
      region: null,
      massif: null,
      languages: [],
      offers: null,
      needs: null,
      description: null,
      consentMatching: false,
      consentEmail: false,
      availability: [1, 3, 5],
    });
  });
});

describe('isSameProfile', () => {
  const stored = {
    ...toProfile(input),
    id: 'x',
    profileVersion: 3,
  } as unknown as ParticipantEntity;

  it('is true for the same registration sent again', () => {
    expect(isSameProfile(stored, toProfile({ ...input, availability: [1, 3, 5] }))).toBe(true);
  });

  it.each([
    ['a changed need', { needs: 'Formation' }],
    ['a theme added', { themes: ['sustainable-tourism', 'water'] }],
    ['consent withdrawn → given', { consentEmail: true }],
    ['availability cleared', { availability: undefined }],
  ])('is false for %s', (_label, change) => {
    expect(isSameProfile(stored, toProfile({ ...input, ...change }))).toBe(false);
  });
});
