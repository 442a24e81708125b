import { LANGUAGES } from '../../src/taxonomy/languages.js';
import { MASSIFS } from '../../src/taxonomy/massifs.js';
import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import { THEMES } from '../../src/taxonomy/themes.js';
import type { GeneratedParticipant } from '../generator/generated-participant.js';

/** The columns of a French registration export, as the importer's aliases know them. */
export const CSV_HEADER = [
  "N° d'inscription",
  'Prénom',
  'Nom',
  'Courriel',
  'Structure',
  'Type de structure',
  "Secteur d'activité",
  'Pays',
  'Région',
  'Massif',
  'Thèmes',
  'Langues parlées',
  'Ce que je propose',
  'Ce que je recherche',
  'Présentation',
  'Consentement mise en relation',
  'Consentement e-mail',
  'Disponibilités',
] as const;

/** The short labels registration forms offer (the importer resolves them through synonyms). */
const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  collectivite: 'Collectivité territoriale',
  entreprise: 'Entreprise',
  association: 'Association',
  institution: 'Institution',
  universite: 'Université',
  incubateur: 'Incubateur',
  tour_operateur: 'Tour-opérateur',
  autre: 'Autre',
};

const COUNTRY_NAMES: Readonly<Record<string, string>> = { FR: 'France', MA: 'Maroc' };
// What people call them on a form, rather than the taxonomy's long labels.
const LANGUAGE_NAMES = new Map<string, string>([
  ...LANGUAGES.map((language) => [language.code, language.labelFr] as const),
  ['zgh', 'Amazighe'],
  ['ary', 'Darija'],
]);
const THEME_LABELS = new Map<string, string>(THEMES.map((theme) => [theme.slug, theme.labelFr]));
const MASSIF_LABELS = new Map<string, string>(MASSIFS.map((massif) => [massif.slug, massif.label]));

/** A cell, quoted when it holds the separator, a quote or a line break (inner quotes doubled). */
export function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function label(labels: ReadonlyMap<string, string>, key: string): string {
  const text = labels.get(key);
  if (text === undefined) throw new Error(`no French label for "${key}"`);
  return text;
}

function participantCells(p: GeneratedParticipant): string[] {
  return [
    p.externalId,
    p.firstName,
    p.lastName,
    p.email,
    p.organisation,
    ORGANISATION_TYPE_LABELS[p.organisationType as OrganisationType],
    p.sector ?? '',
    COUNTRY_NAMES[p.country],
    p.region ?? '',
    p.massif === null ? '' : label(MASSIF_LABELS, p.massif),
    p.themes.map((theme) => label(THEME_LABELS, theme)).join(', '),
    p.languages.map((language) => label(LANGUAGE_NAMES, language)).join(', '),
    p.offers ?? '',
    p.needs ?? '',
    p.description ?? '',
    p.consentMatching ? 'oui' : 'non',
    p.consentEmail ? 'oui' : 'non',
    p.availability?.join(',') ?? '',
  ];
}

/** A `;`-separated UTF-8 export with a BOM, as a French spreadsheet saves it. */
export function participantsCsv(participants: readonly GeneratedParticipant[]): string {
  const lines = [CSV_HEADER, ...participants.map(participantCells)].map((cells) =>
    cells.map(csvCell).join(';'),
  );
  return `\uFEFF${lines.join('\n')}\n`;
}
