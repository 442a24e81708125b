export const importing = {
  fr: {
    title: 'Importer des inscriptions',
    intro:
      'Un fichier CSV (export de votre outil d’inscription) ou JSON. Les lignes valides sont enregistrées ; les autres sont listées ci-dessous pour être corrigées. Réimporter le même fichier ne change rien.',
    file: 'Fichier CSV ou JSON',
    placeholder: 'Choisir un fichier',
    submit: 'Importer',
    progress: 'Import',
    counts:
      'Créés : {{created}} · Mis à jour : {{updated}} · Inchangés : {{unchanged}} · Rejetés : {{rejected}}',
    ignoredColumns: 'Colonnes ignorées : {{columns}}',
    rejectedTitle: 'Lignes rejetées',
    noRejected: 'Aucune ligne rejetée.',
    download: 'Télécharger les lignes rejetées (CSV)',
    failed: 'L’import a échoué : {{reason}}',
    columns: { row: 'Ligne', externalId: 'Identifiant', field: 'Champ', reason: 'Raison' },
  },
  en: {
    title: 'Import registrations',
    intro:
      'A CSV file (your registration tool’s export) or JSON. Valid rows are saved; the others are listed below to be fixed. Importing the same file again changes nothing.',
    file: 'CSV or JSON file',
    placeholder: 'Choose a file',
    submit: 'Import',
    progress: 'Import',
    counts:
      'Created: {{created}} · Updated: {{updated}} · Unchanged: {{unchanged}} · Rejected: {{rejected}}',
    ignoredColumns: 'Ignored columns: {{columns}}',
    rejectedTitle: 'Rejected rows',
    noRejected: 'No row was rejected.',
    download: 'Download the rejected rows (CSV)',
    failed: 'The import failed: {{reason}}',
    columns: { row: 'Line', externalId: 'Id', field: 'Field', reason: 'Reason' },
  },
};
