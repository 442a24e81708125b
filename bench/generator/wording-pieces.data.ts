/** The glue around project wordings: lead-ins, context and the generic lines everyone writes. */

export const LEAD_INS = {
  need: {
    fr: [
      'Nous recherchons : ',
      'Recherche : ',
      'Besoin : ',
      'Nous cherchons des partenaires pour : ',
      'Priorité : ',
      'Objectif : ',
      'Projet : ',
    ],
    en: ['We are looking for: ', 'Need: ', 'Looking for partners for: '],
  },
  offer: {
    fr: [
      'Nous proposons : ',
      'Notre offre : ',
      'Savoir-faire : ',
      'Expertise : ',
      'Compétences : ',
    ],
    en: ['We offer: ', 'Expertise: ', 'What we bring: '],
  },
} as const;

/** Where a Moroccan need is felt; `{region}` is the participant's region. */
export const NEED_CONTEXTS = {
  fr: [' dans la vallée', ' sur notre territoire', ' (région {region})', ' dans nos douars'],
  en: [' in our valley', ' in the {region} region'],
} as const;

/** Lines with no planted project behind them: they match everybody a little, nobody really. */
export const GENERIC_LINES = {
  need: {
    fr: [
      'Rencontrer des partenaires {partners}',
      'Nouveaux partenariats',
      "Échanges d'expériences",
      'Partenaires pour des projets communs',
      'Contacts institutionnels',
      "Retours d'expérience d'autres territoires de montagne",
    ],
    en: ['Meeting new partners', 'Exchange of experience'],
  },
  offer: {
    fr: [
      "Connaissance du terrain et réseau d'acteurs locaux",
      "Partage d'expérience",
      'Accueil de délégations',
      'Mise en relation avec les acteurs du territoire',
      'Retour d’expérience de notre territoire',
      'Réseau de partenaires en France et au Maroc',
    ],
    en: ['Local knowledge and network', 'Sharing our experience'],
  },
} as const;

export const PARTNERS_FROM = { FR: 'marocains', MA: 'français' } as const;
