import type { ProjectTemplate } from './project-template.js';

/** Energy, waste, mobility, skills, research, digital, business and local governance. */
export const TRANSITION_PROJECTS: readonly ProjectTemplate[] = [
  {
    slug: 'off-grid-solar',
    themes: ['energy'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['entreprise'], MA: ['entreprise'] },
    need: {
      fr: [
        'Électrifier les douars qui ne sont pas raccordés au réseau',
        'Pompage solaire pour alimenter le village en eau',
        'Éclairage public autonome pour les ruelles du village',
        'Réduire la facture d’électricité des bâtiments communaux',
      ],
      en: ['Solar power for off-grid villages'],
      short: ['électrification', 'énergie solaire'],
    },
    offer: {
      fr: [
        'Mini-réseaux photovoltaïques avec stockage pour sites isolés',
        'Installation et maintenance de pompes solaires',
        'Candélabres autonomes et éclairage LED',
        'Audit énergétique et rénovation des bâtiments publics',
      ],
      en: ['Off-grid PV mini-grids and solar pumping'],
      short: ['photovoltaïque', 'PV'],
    },
  },
  {
    slug: 'wood-energy',
    themes: ['energy', 'biodiversity'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['entreprise', 'association'] },
    need: {
      fr: [
        'Alternatives au bois de feu pour limiter la déforestation',
        'Chauffer les écoles de montagne en hiver sans couper la forêt',
        'Foyers améliorés et fours économes pour les familles',
        'Valoriser les résidus de taille et de coupe',
      ],
      en: ['Alternatives to firewood for heating and cooking'],
      short: ['bois de feu', 'chauffage'],
    },
    offer: {
      fr: [
        'Chaudières biomasse et plaquettes forestières',
        'Poêles et cuiseurs à haut rendement',
        'Structuration de filières bois-énergie locales',
        'Isolation thermique des bâtiments en climat froid',
      ],
      en: ['Biomass heating and efficient cookstoves'],
      short: ['bois-énergie', 'biomasse'],
    },
  },
  {
    slug: 'rural-waste',
    themes: ['circular-economy'],
    needers: { MA: ['collectivite'], FR: ['collectivite'] },
    offerers: { FR: ['entreprise', 'collectivite', 'association'], MA: ['association'] },
    need: {
      fr: [
        'Gestion des déchets ménagers dans les communes rurales',
        "Fermer la décharge sauvage au bord de l'oued",
        'Tri et ramassage des ordures sur les sites touristiques',
        'Que faire des plastiques agricoles usagés ?',
      ],
      en: ['Waste collection in rural communes'],
      short: ['déchets', 'décharge'],
    },
    offer: {
      fr: [
        'Collecte sélective et recyclage adaptés aux territoires de montagne',
        'Compostage collectif et valorisation des biodéchets',
        'Ressourceries et filières de réemploi',
        'Plans locaux de prévention et de réduction des déchets',
      ],
      en: ['Waste sorting and composting schemes'],
      short: ['recyclage', 'compostage'],
    },
  },
  {
    slug: 'rural-mobility',
    themes: ['mobility'],
    needers: { MA: ['collectivite'], FR: ['collectivite'] },
    offerers: { FR: ['entreprise', 'collectivite'], MA: ['entreprise'] },
    need: {
      fr: [
        'Désenclaver les douars : transport scolaire et transport à la demande',
        "Faire venir les touristes sans voiture jusqu'au fond des vallées",
        'Relier les villages au souk et au centre de santé',
      ],
      en: ['On-demand transport for isolated villages'],
      short: ['transport', 'désenclavement'],
    },
    offer: {
      fr: [
        'Transport à la demande en zone rurale : plateforme et exploitation',
        'Navettes électriques et mobilité touristique en montagne',
        'Covoiturage et autopartage pour les territoires peu denses',
        'Plans de mobilité rurale',
      ],
      en: ['Demand-responsive transport for rural areas'],
      short: ['mobilité', 'navettes'],
    },
  },
  {
    slug: 'youth-vocational-training',
    themes: ['training-jobs'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['institution', 'universite', 'association'], MA: ['institution'] },
    need: {
      fr: [
        'Insertion professionnelle des jeunes de la vallée',
        "Formations qualifiantes aux métiers du tourisme et de l'hôtellerie",
        "Lutter contre l'exode des jeunes en créant de l'emploi local",
        'Former les femmes rurales à la gestion de coopérative',
      ],
      en: ['Jobs and skills for rural youth'],
      short: ['emploi des jeunes', 'insertion'],
    },
    offer: {
      fr: [
        'Centres de formation professionnelle aux métiers de la montagne',
        "Programmes d'apprentissage et d'alternance",
        "Formation à l'entrepreneuriat social et coopératif",
        "Accompagnement vers l'emploi et chantiers d'insertion",
      ],
      en: ['Vocational training and apprenticeships'],
      short: ['apprentissage', 'formation professionnelle'],
    },
  },
  {
    slug: 'research-fieldwork',
    themes: ['climate-adaptation', 'territorial-governance'],
    needers: { FR: ['universite'] },
    offerers: { MA: ['universite', 'institution'] },
    need: {
      fr: [
        "Terrains d'étude et partenaires locaux pour nos recherches dans l'Atlas",
        'Partenaire marocain pour un projet de recherche sur les montagnes sèches',
        'Accès à des données de terrain (hydrologie, pastoralisme) au Maroc',
      ],
      en: ['Field research partners in the Atlas'],
      short: ['terrain de recherche', 'partenariat scientifique'],
    },
    offer: {
      fr: [
        "Accueil de chercheurs et appui logistique aux missions d'enquête",
        'Laboratoire implanté dans le Haut Atlas, stations de mesure',
        'Réseau d’enquêteurs parlant amazighe pour les études de terrain',
      ],
      en: ['Fieldwork hosting in the High Atlas'],
      short: ['accueil de chercheurs', 'stations de mesure'],
    },
  },
  {
    slug: 'doctoral-cosupervision',
    themes: ['training-jobs'],
    needers: { MA: ['universite'] },
    offerers: { FR: ['universite'] },
    need: {
      fr: [
        'Co-encadrement de thèses et mobilité des doctorants',
        'Double diplôme de master en gestion des territoires de montagne',
        'Bourses de mobilité pour nos étudiants',
      ],
      en: ['PhD co-supervision and student mobility'],
      short: ['cotutelle', 'doctorants'],
    },
    offer: {
      fr: [
        'Cotutelles de thèse et accueil de jeunes chercheurs',
        'Masters internationaux en géographie alpine',
        'Programmes Erasmus+ de mobilité internationale de crédits',
      ],
      en: ['Joint PhDs and Erasmus+ mobility'],
      short: ['Erasmus+', 'masters'],
    },
  },
  {
    slug: 'digital-tourism-marketing',
    themes: ['digital-innovation', 'sustainable-tourism'],
    needers: { MA: ['collectivite', 'association', 'tour_operateur'] },
    offerers: { FR: ['entreprise', 'incubateur'], MA: ['entreprise'] },
    need: {
      fr: [
        'Site web et réservation en ligne pour les gîtes de la vallée',
        'Visibilité de la destination sur les réseaux sociaux',
        'Outils digitaux pour commercialiser nos circuits',
        'Former nos membres au marketing en ligne',
      ],
      en: ['Online booking and digital marketing'],
      short: ['site web', 'visibilité en ligne'],
    },
    offer: {
      fr: [
        'Moteurs de réservation pour hébergeurs ruraux',
        'Stratégie de contenus et community management pour destinations',
        "Développement d'applications mobiles touristiques",
        'Formation au e-commerce et à la gestion des avis clients',
      ],
      en: ['Booking engines and digital marketing for tourism'],
      short: ['digital', 'applications mobiles'],
    },
  },
  {
    slug: 'startup-acceleration',
    themes: ['digital-innovation', 'training-jobs'],
    needers: { MA: ['incubateur', 'entreprise'] },
    offerers: { FR: ['incubateur'], MA: ['incubateur'] },
    need: {
      fr: [
        "Programme d'incubation pour jeunes entreprises de l'outdoor",
        'Accompagner nos startups vers le marché européen',
        "Mentors et financement d'amorçage pour des porteurs de projets ruraux",
      ],
      en: ['Acceleration and soft-landing in Europe'],
      short: ['incubation', 'amorçage'],
    },
    offer: {
      fr: [
        'Accélérateur dédié aux startups de la montagne et du tourisme',
        'Soft-landing et hébergement de startups étrangères',
        'Mentorat, levée de fonds et mise en réseau d’entrepreneurs',
      ],
      en: ['Startup acceleration and soft-landing'],
      short: ['accélération', 'mentorat'],
    },
  },
  {
    slug: 'morocco-market-entry',
    themes: ['territorial-governance', 'digital-innovation'],
    needers: { FR: ['entreprise', 'incubateur'] },
    offerers: { MA: ['institution', 'incubateur'] },
    need: {
      fr: [
        'Trouver un distributeur ou un partenaire industriel au Maroc',
        "S'implanter au Maroc : démarches et partenaires",
        'Identifier des donneurs d’ordre marocains pour nos solutions',
        'Prospection commerciale dans la région Souss-Massa',
      ],
      en: ['Entering the Moroccan market'],
      short: ['export Maroc', 'implantation'],
    },
    offer: {
      fr: [
        'Accompagnement des investisseurs : guichet unique, foncier, incitations',
        "Mise en relation d'affaires et missions de prospection",
        'Veille sur les marchés publics des collectivités marocaines',
        "Domiciliation et hébergement d'entreprises étrangères",
      ],
      en: ['Investor services and business matchmaking'],
      short: ['accueil investisseurs', 'guichet unique'],
    },
  },
  {
    slug: 'local-governance-capacity',
    themes: ['territorial-governance'],
    needers: { MA: ['collectivite'] },
    offerers: { FR: ['collectivite', 'association', 'institution'] },
    need: {
      fr: [
        'Renforcer les capacités des élus et des cadres communaux',
        "Élaborer le plan d'action communal de façon participative",
        'Mutualiser les services entre communes de montagne',
        'Trouver une collectivité française pour une coopération décentralisée',
      ],
      en: ['Capacity building for local elected officials'],
      short: ['gouvernance', 'renforcement de capacités'],
    },
    offer: {
      fr: [
        'Formation des élus et des agents territoriaux',
        'Ingénierie de coopération décentralisée et montage de dossiers',
        "Retour d'expérience sur l'intercommunalité et les services partagés",
        'Démocratie participative et budgets participatifs',
      ],
      en: ['Training local officials and municipal staff'],
      short: ['coopération décentralisée', 'intercommunalité'],
    },
  },
  {
    slug: 'project-funding',
    themes: ['territorial-governance'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['institution', 'collectivite'] },
    need: {
      fr: [
        'Financement pour notre projet de développement local',
        "Cofinancer un programme d'infrastructures rurales",
        'Identifier des bailleurs pour un projet de territoire',
        'Appui au montage de dossiers de subvention',
      ],
      en: ['Funding for local development projects'],
      short: ['financement', 'bailleurs'],
    },
    offer: {
      fr: [
        'Appels à projets pour la coopération décentralisée',
        "Prêts et dons aux collectivités pour l'adaptation au changement climatique",
        'Fonds de soutien aux initiatives de solidarité internationale',
        'Facilité de préparation de projets et assistance technique',
      ],
      en: ['Grants and loans for local authorities'],
      short: ['subventions', 'prêts'],
    },
  },
];
