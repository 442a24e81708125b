import { CSV_COLUMN_ALIASES, CSV_FIELDS, columnKey, csvFieldForHeader } from './csv-columns.js';

describe('csvFieldForHeader', () => {
  it('maps every alias and every API field name to its field', () => {
    for (const field of CSV_FIELDS) {
      for (const alias of [field, ...CSV_COLUMN_ALIASES[field]]) {
        expect([alias, csvFieldForHeader(alias)]).toEqual([alias, field]);
      }
    }
  });

  it('has no alias that names two fields', () => {
    const fieldsByKey = new Map<string, Set<string>>();
    for (const field of CSV_FIELDS) {
      for (const alias of [field, ...CSV_COLUMN_ALIASES[field]]) {
        const key = columnKey(alias);
        fieldsByKey.set(key, (fieldsByKey.get(key) ?? new Set()).add(field));
      }
    }
    const ambiguous = [...fieldsByKey].filter(([, fields]) => fields.size > 1);
    expect(ambiguous).toEqual([]);
  });

  it.each([
    ["N° d'inscription", 'externalId'],
    ['Nº d’inscription', 'externalId'],
    ['Numéro d’inscription', 'externalId'],
    ['Attendee #', 'externalId'],
    ['external_id', 'externalId'],
    ['NOM ET PRÉNOM', 'fullName'],
    ['Prénom', 'firstName'],
    ['first_name', 'firstName'],
    ['Nom', 'lastName'],
    ['Adresse e-mail', 'email'],
    ['E-MAIL', 'email'],
    ['Email Address', 'email'],
    ["Type d'organisation", 'organisationType'],
    ['organisation_type', 'organisationType'],
    ['Secteur d’activité', 'sector'],
    ['Thématiques', 'themes'],
    ['Centres d’intérêt', 'themes'],
    ['Langues parlées', 'languages'],
    ['Ce que je recherche', 'needs'],
    ["What I'm looking for", 'needs'],
    ['Consentement e-mail', 'consentEmail'],
    ['consent_matching', 'consentMatching'],
    ['Disponibilités', 'availability'],
  ])('reads header %j as %s', (header, field) => {
    expect(csvFieldForHeader(header)).toBe(field);
  });

  it.each(['Horodateur', 'Timestamp', 'Ticket Type', 'Statut', ''])(
    'ignores header %j',
    (header) => {
      expect(csvFieldForHeader(header)).toBeUndefined();
    },
  );
});
