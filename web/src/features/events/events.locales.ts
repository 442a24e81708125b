export const events = {
  fr: {
    title: 'Événements',
    create: 'Créer un événement',
    empty: 'Aucun événement pour l’instant.',
    total: '{{count}} événement(s)',
    columns: {
      name: 'Nom',
      slug: 'Identifiant',
      dates: 'Dates',
      timezone: 'Fuseau horaire',
      createdAt: 'Créé le',
    },
  },
  en: {
    title: 'Events',
    create: 'Create an event',
    empty: 'No event yet.',
    total: '{{count}} event(s)',
    columns: {
      name: 'Name',
      slug: 'Slug',
      dates: 'Dates',
      timezone: 'Time zone',
      createdAt: 'Created',
    },
  },
};
