import { parseParticipantsCsv } from './import/csv-participants.js';
import { validateParticipantInput } from './validate-participant-input.js';

const registration = {
  fullName: 'Élodie Garnier',
  email: 'elodie.garnier@example.fr',
  organisation: 'Communauté de communes du Pays des Écrins',
  organisationType: 'collectivite',
  country: 'FR',
};

const errorsOf = async (change: Record<string, unknown>) =>
  (await validateParticipantInput({ ...registration, ...change })).errors;

describe('validateParticipantInput: characters that forge lines or reorder text', () => {
  it.each([
    ['fullName', 'Anne\nDupont', 'fullName must be a single line (no line breaks)'],
    ['organisation', 'x\n=cmd|calc!A1', 'organisation must be a single line (no line breaks)'],
    ['organisation', 'x\r=cmd', 'organisation must be a single line (no line breaks)'],
    ['sector', 'tourisme\trural', 'sector must not contain control characters (found U+0009)'],
    ['region', 'Souss\u2028Massa', 'region must not contain control characters (found U+2028)'],
    [
      'fullName',
      'Anne \u202Eenituoilat',
      'fullName must not contain bidirectional override characters (found U+202E)',
    ],
    [
      'offers',
      'Circuits\u0085 de randonnée',
      'offers must not contain control characters (found U+0085)',
    ],
    [
      'description',
      'ligne \u2067isolée\u2069',
      'description must not contain bidirectional override characters (found U+2067)',
    ],
  ])('refuses %s = %j', async (field, value, reason) => {
    expect(await errorsOf({ [field]: value })).toEqual([{ field, reason }]);
  });

  it('stores a massif as its slug, or refuses it: nothing typed there reaches a reader', async () => {
    const validated = await validateParticipantInput({ ...registration, massif: 'Alpes\u202E' });
    expect(validated.errors ? validated.errors : validated.input.massif).toBe('alpes');
    expect(await errorsOf({ massif: 'Alpes\n=cmd' })).toEqual([
      { field: 'massif', reason: expect.stringMatching(/^massif must be one of: /) },
    ]);
  });

  it('keeps line breaks and tabs in multi-line text', async () => {
    const validated = await validateParticipantInput({
      ...registration,
      offers: 'Ingénierie :\n\t- coopération\r\n\t- formation',
    });
    expect(validated.errors).toBeUndefined();
  });

  it.each([
    '"anne\r\nBcc: x@example.org"@example.fr',
    '"anne\u0007"@example.fr',
    '"anne\tdupont"@example.fr',
    'anne\u202Emoc.elpmaxe@example.fr',
  ])('refuses the e-mail address %j, which validator.js alone accepts', async (email) => {
    const errors = await errorsOf({ email });
    expect(errors).toHaveLength(1);
    expect(errors![0].field).toBe('email');
    expect(errors![0].reason).toMatch(/^email must (be a single line|not contain)/);
  });

  it('gives a CSV import row the reason a PUT gets', async () => {
    const { rows } = parseParticipantsCsv(
      'id;Nom complet;Adresse e-mail;Organisation;Type de structure;Pays\r\n' +
        'RFMM-1;Anne Dupont;anne@example.fr;"Mairie\n=cmd|calc!A1";Commune;France\r\n',
    );
    expect(rows).toHaveLength(1);
    expect((await validateParticipantInput(rows[0].fields)).errors).toEqual([
      { field: 'organisation', reason: 'organisation must be a single line (no line breaks)' },
    ]);
  });
});
