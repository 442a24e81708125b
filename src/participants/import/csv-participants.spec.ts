import { CsvFormatError } from './csv-format.error.js';
import { parseParticipantsCsv } from './csv-participants.js';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** A Google Forms export opened and re-saved by Excel (French): BOM, `;`, CRLF. */
const FRENCH_EXPORT =
  '\uFEFF' +
  crlf([
    "Horodateur;N° d'inscription;Nom complet;Adresse e-mail;Organisation;Type de structure;" +
      "Secteur d'activité;Pays;Région;Massif;Thématiques;Langues parlées;Ce que je propose;" +
      'Ce que je recherche;Présentation;Consentement mise en relation;Consentement e-mail;Disponibilités',
    '02/06/2026 10:14:33;RFMM-0001;Élodie Garnier-Lefèvre;elodie.garnier@example.fr;' +
      'Communauté de communes du Pays des Écrins;Collectivité territoriale;aménagement du territoire;' +
      "France;Provence-Alpes-Côte d'Azur;Alpes;Tourisme durable, Risques naturels;Français, Anglais;" +
      "Ingénierie de projets de coopération décentralisée;Partenaires marocains pour l'accueil en montagne;" +
      '"Intercommunalité de montagne des Hautes-Alpes.',
    'Coopération décentralisée avec la commune de Taliouine.";Oui;non;1 2 3',
    '03/06/2026 18:02:10;RFMM-0002;فاطمة الزهراء آيت بنحدو;fz.aitbenhaddou@example.ma;' +
      'Commune de Taliouine;Commune;tourisme rural;المغرب;Souss-Massa;Anti-Atlas;' +
      'Patrimoine culturel | Agriculture de montagne;Arabe, Darija, Tachelhit;' +
      "Circuits de randonnée et gîtes chez l'habitant autour du safran;" +
      'Accompagnement pour labelliser une destination de tourisme durable;;Oui;Oui;',
    '04/06/2026 09:45:00;RFMM-0003;ⵜⵉⵣⵉⵔⵉ ⵓⴱⴰⵀⴰ (Tiziri Oubaha);tiziri.oubaha@example.ma;' +
      'Association Tamount;ONG;développement local;MA;Drâa-Tafilalet;Haut-Atlas;' +
      'Écotourisme;Amazighe / Français;Guides et muletiers formés;Financement de gîtes;' +
      'ⴰⵙⵙⵓⴷⵙ ⵏ ⵜⵎⵓⵏⵜ;x;✓;"2,4"',
    '05/06/2026 11:30:00;;Jean-Baptiste Roux;jb.roux@example.fr;Montagnes & Cie;Tour-opérateur;' +
      'voyages d’aventure;France;Auvergne-Rhône-Alpes;Massif central;Safran et plantes aromatiques;' +
      'Français;;;;oui;oui;',
    ';;;;;;;;;;;;;;;;;',
    '',
  ]);

/** An Eventbrite attendee report (English): `,` and LF. */
const ENGLISH_EXPORT = [
  'Attendee #,First Name,Last Name,Email,Company,Organization type,Country,Topics,Languages,' +
    'Consent matching,Consent email,Availability,Ticket Type',
  '4417250001,Claire,Martin,claire.martin@example.fr,Cluster Montagne,NGO,France,' +
    '"Sustainable tourism, Outdoor sports",French|English,yes,no,"1,2,5",Full pass',
  '4417250002,Youssef,El Idrissi,y.elidrissi@example.ma,Université Cadi Ayyad,University,Morocco,' +
    '"Water, Climate change",Arabic/French,true,false,3 4,Full pass',
  '4417250003,,Benali,n.benali@example.ma,Atlas Trekking Voyages,Tour operator,Maroc,Hiking,' +
    'French,1,0,later,Day pass',
].join('\n');

function formatError(csv: string): CsvFormatError {
  try {
    parseParticipantsCsv(csv);
  } catch (error) {
    if (error instanceof CsvFormatError) return error;
    throw error;
  }
  throw new Error('expected a CsvFormatError');
}

describe('parseParticipantsCsv — French `;` export', () => {
  const { rows, ignoredColumns } = parseParticipantsCsv(FRENCH_EXPORT);

  it('reads one row per registration, skipping blank and empty-valued lines', () => {
    expect(rows.map((row) => row.externalId)).toEqual([
      'RFMM-0001',
      'RFMM-0002',
      'RFMM-0003',
      null,
    ]);
  });

  it('numbers rows as a spreadsheet does, after a multi-line cell too', () => {
    expect(rows.map((row) => row.rowNumber)).toEqual([2, 4, 5, 6]);
  });

  it('converts a French registration to the API shape', () => {
    expect(rows[0]).toEqual({
      rowNumber: 2,
      externalId: 'RFMM-0001',
      fields: {
        fullName: 'Élodie Garnier-Lefèvre',
        email: 'elodie.garnier@example.fr',
        organisation: 'Communauté de communes du Pays des Écrins',
        organisationType: 'collectivite',
        sector: 'aménagement du territoire',
        country: 'FR',
        region: "Provence-Alpes-Côte d'Azur",
        massif: 'alpes',
        themes: ['sustainable-tourism', 'natural-risks'],
        languages: ['fr', 'en'],
        offers: 'Ingénierie de projets de coopération décentralisée',
        needs: "Partenaires marocains pour l'accueil en montagne",
        description:
          'Intercommunalité de montagne des Hautes-Alpes.\n' +
          'Coopération décentralisée avec la commune de Taliouine.',
        consentMatching: true,
        consentEmail: false,
        availability: [1, 2, 3],
      },
    });
  });

  it('keeps an Arabic-script name and reads the country in Arabic; empty cells stay absent', () => {
    expect(rows[1].fields).toEqual({
      fullName: 'فاطمة الزهراء آيت بنحدو',
      email: 'fz.aitbenhaddou@example.ma',
      organisation: 'Commune de Taliouine',
      organisationType: 'collectivite',
      sector: 'tourisme rural',
      country: 'MA',
      region: 'Souss-Massa',
      massif: 'anti-atlas',
      themes: ['cultural-heritage', 'mountain-agriculture'],
      languages: ['ar', 'ary', 'shi'],
      offers: "Circuits de randonnée et gîtes chez l'habitant autour du safran",
      needs: 'Accompagnement pour labelliser une destination de tourisme durable',
      consentMatching: true,
      consentEmail: true,
    });
    expect(rows[1].fields).not.toHaveProperty('description');
    expect(rows[1].fields).not.toHaveProperty('availability');
  });

  it('keeps a Tifinagh name and text', () => {
    expect(rows[2].fields).toMatchObject({
      fullName: 'ⵜⵉⵣⵉⵔⵉ ⵓⴱⴰⵀⴰ (Tiziri Oubaha)',
      organisationType: 'association',
      country: 'MA',
      massif: 'haut-atlas',
      themes: ['sustainable-tourism'],
      languages: ['zgh', 'fr'],
      description: 'ⴰⵙⵙⵓⴷⵙ ⵏ ⵜⵎⵓⵏⵜ',
      consentMatching: true,
      consentEmail: true,
      availability: [2, 4],
    });
  });

  it('keeps an unknown theme raw and leaves a missing external id null', () => {
    expect(rows[3]).toEqual({
      rowNumber: 6,
      externalId: null,
      fields: {
        fullName: 'Jean-Baptiste Roux',
        email: 'jb.roux@example.fr',
        organisation: 'Montagnes & Cie',
        organisationType: 'tour_operateur',
        sector: 'voyages d’aventure',
        country: 'FR',
        region: 'Auvergne-Rhône-Alpes',
        massif: 'massif-central',
        themes: ['Safran et plantes aromatiques'],
        languages: ['fr'],
        consentMatching: true,
        consentEmail: true,
      },
    });
  });

  it('lists the columns it did not use', () => {
    expect(ignoredColumns).toEqual(['Horodateur']);
  });
});

describe('parseParticipantsCsv — English `,` export', () => {
  const { rows, ignoredColumns } = parseParticipantsCsv(ENGLISH_EXPORT);

  it('joins first and last names into fullName', () => {
    expect(rows.map((row) => row.fields.fullName)).toEqual([
      'Claire Martin',
      'Youssef El Idrissi',
      'Benali',
    ]);
    expect(rows[0].fields).not.toHaveProperty('firstName');
    expect(rows[0].fields).not.toHaveProperty('lastName');
  });

  it('converts an English registration to the API shape', () => {
    expect(rows[0]).toEqual({
      rowNumber: 2,
      externalId: '4417250001',
      fields: {
        fullName: 'Claire Martin',
        email: 'claire.martin@example.fr',
        organisation: 'Cluster Montagne',
        organisationType: 'association',
        country: 'FR',
        themes: ['sustainable-tourism', 'outdoor-sports'],
        languages: ['fr', 'en'],
        consentMatching: true,
        consentEmail: false,
        availability: [1, 2, 5],
      },
    });
  });

  it('reads English country names, booleans and space-separated rounds', () => {
    expect(rows[1].fields).toMatchObject({
      organisationType: 'universite',
      country: 'MA',
      themes: ['water', 'climate-adaptation'],
      languages: ['ar', 'fr'],
      consentMatching: true,
      consentEmail: false,
      availability: [3, 4],
    });
  });

  it('keeps values it cannot read raw, for validation to reject', () => {
    expect(rows[2]).toMatchObject({
      rowNumber: 4,
      externalId: '4417250003',
      fields: {
        organisationType: 'tour_operateur',
        country: 'MA',
        themes: ['outdoor-sports'],
        consentMatching: true,
        consentEmail: false,
        availability: 'later',
      },
    });
  });

  it('lists the columns it did not use', () => {
    expect(ignoredColumns).toEqual(['Ticket Type']);
  });
});

describe('parseParticipantsCsv — headers', () => {
  it('prefers a full-name column and falls back to first and last names when it is empty', () => {
    const { rows } = parseParticipantsCsv(
      'id;Nom complet;Prénom;Nom\nA1;Nadia Ouhadi;Nadia;O.\nA2;;Karim;Tazi\n',
    );
    expect(rows.map((row) => row.fields.fullName)).toEqual(['Nadia Ouhadi', 'Karim Tazi']);
  });

  it('accepts the API field names as headers', () => {
    const { rows, ignoredColumns } = parseParticipantsCsv(
      'externalId,fullName,organisationType,consentMatching\nX-9,Ali Ait Lahcen,entreprise,false\n',
    );
    expect(rows).toEqual([
      {
        rowNumber: 2,
        externalId: 'X-9',
        fields: {
          fullName: 'Ali Ait Lahcen',
          organisationType: 'entreprise',
          consentMatching: false,
        },
      },
    ]);
    expect(ignoredColumns).toEqual([]);
  });

  it('detects the delimiter from the header, not from commas inside quoted headers', () => {
    const { rows } = parseParticipantsCsv(
      '"Identifiant";"Thématiques (eau, énergie, …)";Pays\nB7;Eau, Énergie;Maroc\n',
    );
    expect(rows[0]).toEqual({
      rowNumber: 2,
      externalId: 'B7',
      fields: { country: 'MA' },
    });
  });

  it('reads a header-only file as no rows', () => {
    expect(parseParticipantsCsv('\uFEFFid;email\r\n')).toEqual({ rows: [], ignoredColumns: [] });
  });
});

describe('parseParticipantsCsv — format errors', () => {
  it.each([[''], ['\uFEFF'], ['\r\n\r\n']])('rejects an empty file %j', (csv) => {
    const error = formatError(csv);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error.message).toBe('CSV file is empty');
  });

  it('rejects a header without an external id column, listing the accepted names', () => {
    const error = formatError('Nom;Prénom;E-mail\nDupont;Anne;anne.dupont@example.fr\n');
    expect(error.message).toMatch(
      /^CSV header has no column for externalId; expected one of: externalId, external id, id, identifiant, /,
    );
    expect(error.message).toContain('numéro d’inscription');
  });

  it('rejects two columns for the same field', () => {
    const error = formatError('id;Adresse e-mail;Courriel\n1;a@example.fr;b@example.fr\n');
    expect(error.message).toBe(
      'CSV header has two columns for email: "Adresse e-mail" and "Courriel"; keep only one',
    );
  });

  it('rejects a row with a wrong number of cells, naming its line', () => {
    const error = formatError(
      'id;Nom complet;Pays\r\n1;Anne Dupont;France\r\n2;Omar;Maroc;en trop\r\n',
    );
    expect(error.message).toBe('CSV line 3: Invalid Record Length: expect 3, got 4 on line 3');
  });

  it('rejects a malformed closing quote, naming its line', () => {
    const error = formatError('id;Nom complet\n1;"Anne"\n2;"Omar" Tazi\n');
    expect(error.message).toBe(
      'CSV line 3: Invalid Closing Quote: found non trimable byte after quote at line 3',
    );
  });

  it('rejects an unclosed quote', () => {
    const error = formatError('id;Présentation\n1;"Texte\nsans fin\n');
    expect(error.message).toMatch(/^CSV line \d+: Quote Not Closed: /);
  });
});
