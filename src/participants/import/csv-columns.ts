import { foldText } from '../../common/fold-text.js';

/** Participant fields a CSV column can fill; `firstName`/`lastName` only build `fullName`. */
export const CSV_FIELDS = [
  'externalId',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'organisation',
  'organisationType',
  'sector',
  'country',
  'region',
  'massif',
  'themes',
  'languages',
  'offers',
  'needs',
  'description',
  'consentMatching',
  'consentEmail',
  'availability',
] as const;

export type CsvField = (typeof CSV_FIELDS)[number];

/** Header wordings of registration tools (Google Forms, Eventbrite, Weezevent, b2match, Excel). */
export const CSV_COLUMN_ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  externalId: [
    'external id',
    'id',
    'identifiant',
    'identifiant participant',
    'id inscription',
    'id participant',
    'n° d’inscription',
    'no d’inscription',
    'numéro d’inscription',
    'numéro de billet',
    'id billet',
    'registration id',
    'participant id',
    'attendee id',
    'attendee #',
    'ticket id',
    'ticket number',
  ],
  fullName: ['nom complet', 'nom et prénom', 'prénom et nom', 'participant', 'full name', 'name'],
  firstName: ['prénom', 'first name', 'given name'],
  lastName: ['nom', 'nom de famille', 'last name', 'surname', 'family name'],
  email: ['e-mail', 'courriel', 'adresse e-mail', 'adresse électronique', 'email address', 'mail'],
  organisation: [
    'organisation',
    'organization',
    'structure',
    'nom de la structure',
    'organisme',
    'société',
    'établissement',
    'company',
    'employer',
  ],
  organisationType: [
    'type d’organisation',
    'type de structure',
    'type d’organisme',
    'catégorie',
    'organisation type',
    'organization type',
  ],
  sector: ['secteur', 'secteur d’activité', 'sector', 'industry'],
  country: ['pays', 'country'],
  region: ['région', 'region', 'province'],
  massif: ['massif', 'massif montagneux', 'mountain range'],
  themes: ['thèmes', 'thématiques', 'themes', 'topics', 'centres d’intérêt'],
  languages: ['langues', 'langues parlées', 'languages', 'spoken languages'],
  offers: ['offre', 'offres', 'ce que je propose', 'offers', 'what I offer'],
  needs: ['besoin', 'besoins', 'ce que je recherche', 'needs', 'what I’m looking for'],
  description: ['description', 'présentation', 'about', 'bio'],
  consentMatching: [
    'consentement mise en relation',
    'consentement matching',
    'accepte la mise en relation',
    'consent matching',
  ],
  consentEmail: [
    'consentement email',
    'consentement e-mail',
    'accepte les emails',
    'accepte les e-mails',
    'consent email',
  ],
  availability: ['disponibilités', 'créneaux', 'availability', 'rounds'],
};

/** Header comparison key: folded, without spaces or punctuation (« E-mail » = « email »); « # » reads « no ». */
export function columnKey(header: string): string {
  return foldText(header)
    .replace(/#/g, 'no')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const FIELD_BY_KEY: ReadonlyMap<string, CsvField> = new Map(
  CSV_FIELDS.flatMap((field) =>
    [field, ...CSV_COLUMN_ALIASES[field]].map((alias) => [columnKey(alias), field] as const),
  ),
);

/** The participant field a header names, if any (the camelCase API name itself always works). */
export function csvFieldForHeader(header: string): CsvField | undefined {
  return FIELD_BY_KEY.get(columnKey(header));
}
