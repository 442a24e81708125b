import type { ProjectTemplate } from './project-template.js';

/** Tourism, heritage and outdoor sports: the Rencontres' busiest tables, needs on both sides. */
export const TOURISM_AND_HERITAGE_PROJECTS: readonly ProjectTemplate[] = [
  {
    slug: 'destination-labelling',
    themes: ['sustainable-tourism', 'territorial-governance'],
    needers: { MA: ['collectivite', 'association', 'institution'] },
    offerers: { FR: ['institution', 'entreprise', 'association', 'collectivite'] },
    need: {
      fr: [
        'Accompagnement pour labelliser une destination de tourisme durable',
        'Obtenir une certification écotouristique pour la vallée',
        'Créer une marque de territoire pour nos produits touristiques',
        'Faire reconnaître la destination par un label ou une charte qualité',
      ],
      en: ['Support to certify a sustainable tourism destination'],
      short: ['label', 'labellisation'],
    },
    offer: {
      fr: [
        'Ingénierie de marques territoriales (type Valeurs Parc naturel régional)',
        'Démarches qualité et référentiels du tourisme responsable (GSTC, Flocon Vert)',
        'Conseil en stratégie de destination et gouvernance touristique',
        'Audit écotouristique des territoires de montagne',
      ],
      en: ['Destination certification and quality schemes'],
      short: ['marketing territorial', 'démarche qualité'],
    },
  },
  {
    slug: 'hiking-guide-training',
    themes: ['training-jobs', 'outdoor-sports'],
    needers: { MA: ['association', 'collectivite', 'tour_operateur'] },
    offerers: { FR: ['institution', 'association', 'entreprise'], MA: ['institution'] },
    need: {
      fr: [
        'Former des guides de randonnée et des accompagnateurs locaux',
        'Professionnaliser les muletiers et les guides de la vallée',
        'Premiers secours en montagne pour nos accompagnateurs',
        'Reconnaissance des diplômes de guide de montagne',
      ],
      en: ['Training for local hiking guides'],
      short: ['formation guides', 'guides'],
    },
    offer: {
      fr: [
        "Modules de formation d'accompagnateur en moyenne montagne",
        'Ingénierie pédagogique pour les métiers de l’encadrement en montagne',
        'Échanges de formateurs et stages encadrés sur le terrain',
        'Secourisme et sécurité en milieu montagnard (PSC1, secours en montagne)',
      ],
      en: ['Mountain leader training programmes'],
      short: ['ingénierie de formation', 'formateurs'],
    },
  },
  {
    slug: 'trekking-ground-handling',
    themes: ['sustainable-tourism', 'outdoor-sports'],
    needers: { FR: ['tour_operateur', 'entreprise'] },
    offerers: { MA: ['tour_operateur', 'association', 'entreprise'], FR: ['tour_operateur'] },
    need: {
      fr: [
        "Trouver une agence réceptive fiable pour nos treks dans l'Atlas",
        'Partenaires locaux pour organiser des circuits de randonnée au Maroc',
        'Prestataires sur place : logistique, muletiers, hébergement pour nos groupes',
        'Nouveaux itinéraires de trek hors des sentiers battus',
      ],
      en: ['Looking for a reliable ground handler for Atlas treks'],
      short: ['réceptif', 'prestataires locaux'],
    },
    offer: {
      fr: [
        'Agence réceptive : circuits de trekking, bivouacs et logistique muletière',
        'Séjours randonnée clés en main dans le Haut Atlas',
        'Accueil de groupes avec guides diplômés et gîtes partenaires',
        "Itinéraires de trek dans le M'Goun, le Saghro et la vallée des Aït Bouguemez",
      ],
      en: ['Inbound trekking tours and local logistics'],
      short: ['circuits trek', 'agence réceptive'],
    },
  },
  {
    slug: 'rural-guesthouses',
    themes: ['sustainable-tourism'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['association', 'entreprise'] },
    need: {
      fr: [
        "Développer l'accueil chez l'habitant et les gîtes d'étape",
        "Rénover des maisons d'hôtes rurales aux normes d'accueil",
        'Créer un réseau de gîtes tenus par des familles du douar',
        "Structurer l'offre d'hébergement touristique de la commune",
      ],
      en: ['Developing rural guesthouses and homestays'],
      short: ['gîtes', "maisons d'hôtes"],
    },
    offer: {
      fr: [
        'Réseau d’hébergements ruraux : classement, centrale de réservation, formation des hôtes',
        "Accompagnement des porteurs de projets d'hébergement en milieu rural",
        'Expertise en refuges de montagne et gîtes de randonnée',
        'Conseil en hospitalité rurale et qualité de l’accueil',
      ],
      en: ['Rural accommodation network and host training'],
      short: ['hébergement rural', 'hospitalité'],
    },
  },
  {
    slug: 'kasbah-restoration',
    themes: ['cultural-heritage'],
    needers: { MA: ['collectivite', 'association', 'institution'] },
    offerers: { FR: ['entreprise', 'universite', 'association'], MA: ['entreprise'] },
    need: {
      fr: [
        'Restaurer une kasbah en pisé menacée de ruine',
        "Réhabilitation des ksour et de l'habitat traditionnel",
        'Sauvegarde des greniers collectifs (agadirs) de la commune',
        'Conserver et faire visiter les igoudar du village',
      ],
      en: ['Restoring an earthen kasbah'],
      short: ['kasbah', 'ksour'],
    },
    offer: {
      fr: [
        'Architecture de terre crue : diagnostic et restauration du bâti ancien',
        'Chantiers-écoles de restauration du patrimoine vernaculaire',
        'Relevés 3D et documentation du patrimoine architectural',
        'Maîtrise d’œuvre pour la réhabilitation de monuments historiques',
      ],
      en: ['Earthen architecture conservation'],
      short: ['architecture de terre', 'monuments historiques'],
    },
  },
  {
    slug: 'earth-building-know-how',
    themes: ['cultural-heritage', 'energy'],
    needers: { FR: ['collectivite', 'entreprise', 'universite'] },
    offerers: { MA: ['association', 'entreprise', 'universite'] },
    need: {
      fr: [
        'Savoir-faire des artisans du pisé pour un projet de construction bioclimatique',
        'Apprendre les techniques traditionnelles de construction en terre',
        'Maîtres artisans pour un chantier en terre crue',
        "Retour d'expérience sur l'habitat traditionnel adapté aux fortes chaleurs",
      ],
      en: ['Traditional rammed-earth know-how for a bioclimatic building'],
      short: ['pisé', 'construction en terre'],
    },
    offer: {
      fr: [
        'Maâlems et artisans bâtisseurs : transmission des techniques ancestrales',
        'Chantiers de construction selon les savoir-faire locaux (pisé, adobe, pierre sèche)',
        'Formation aux enduits à la chaux et au tadelakt',
        'Architecture vernaculaire amazighe : relevés et transmission',
      ],
      en: ['Master craftsmen in rammed earth and lime plaster'],
      short: ['maâlems', 'tadelakt'],
    },
  },
  {
    slug: 'craft-market-access',
    themes: ['cultural-heritage', 'sustainable-tourism'],
    needers: { MA: ['association', 'entreprise'] },
    offerers: { FR: ['entreprise', 'association'] },
    need: {
      fr: [
        "Vendre les tapis et l'artisanat des coopératives féminines en France",
        'Débouchés commerciaux pour les tisserandes de la vallée',
        'Accès aux marchés équitables pour nos produits artisanaux',
        'Faire connaître le savoir-faire des artisanes sur internet',
      ],
      en: ["Market access for women's craft cooperatives"],
      short: ['artisanat', 'tapis'],
    },
    offer: {
      fr: [
        'Distribution de produits artisanaux dans le réseau du commerce équitable',
        "Boutiques et plateformes de vente en ligne pour l'artisanat d'art",
        'Accompagnement à l’export des coopératives artisanales',
        'Design et montée en gamme des produits faits main',
      ],
      en: ['Fair-trade distribution of crafts'],
      short: ['commerce équitable', 'e-boutique'],
    },
  },
  {
    slug: 'heritage-interpretation',
    themes: ['cultural-heritage', 'sustainable-tourism'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['entreprise', 'collectivite', 'association'] },
    need: {
      fr: [
        'Créer un écomusée ou une maison du patrimoine amazigh',
        "Concevoir un centre d'interprétation du territoire",
        'Mettre en valeur les gravures rupestres pour les visiteurs',
        'Aménager un espace dédié à la culture locale',
      ],
      en: ['Designing a heritage interpretation centre'],
      short: ['écomusée', 'gravures rupestres'],
    },
    offer: {
      fr: [
        "Scénographie et muséographie d'espaces d'exposition",
        'Sentiers d’interprétation et médiation du patrimoine',
        "Retour d'expérience d'un musée de pays en montagne",
        'Médiation culturelle numérique : audioguides, réalité augmentée',
      ],
      en: ['Exhibition design and heritage interpretation'],
      short: ['médiation', 'muséographie'],
    },
  },
  {
    slug: 'climbing-sites',
    themes: ['outdoor-sports', 'sustainable-tourism'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['association', 'entreprise'] },
    need: {
      fr: [
        'Équiper et sécuriser des sites d’escalade dans les gorges du Todgha',
        'Aménager une via ferrata et des falaises écoles',
        'Développer les activités de pleine nature (escalade, canyoning) dans la vallée',
        'Les grimpeurs viennent déjà, mais les voies ne sont pas entretenues',
      ],
      en: ['Bolting and maintaining climbing crags'],
      short: ['escalade', 'via ferrata'],
    },
    offer: {
      fr: [
        'Équipement de falaises, topos et entretien des voies',
        'Conception et construction de parcours aériens et via ferrata',
        'Schéma de développement des sports de nature et gestion des sites',
        "Formation d'équipeurs et de moniteurs d’escalade",
      ],
      en: ['Crag development and via ferrata construction'],
      short: ['sports de nature', 'équipeurs'],
    },
  },
  {
    slug: 'trail-network',
    themes: ['outdoor-sports', 'sustainable-tourism'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['association', 'entreprise', 'collectivite'] },
    need: {
      fr: [
        'Baliser et entretenir les sentiers de randonnée',
        'Créer un réseau de chemins de randonnée balisés et cartographiés',
        'Signalétique des chemins muletiers pour les visiteurs',
        'Mettre nos parcours en ligne (traces GPX, appli)',
      ],
      en: ['Waymarking and mapping hiking trails'],
      short: ['balisage', 'sentiers'],
    },
    offer: {
      fr: [
        'Plans départementaux des itinéraires de promenade et de randonnée : méthode et outils',
        'Conception de signalétique directionnelle et de panneaux',
        'Cartographie numérique des itinéraires et applications de rando',
        'Équipes d’entretien des chemins et chantiers de bénévoles',
      ],
      en: ['Trail network planning and signage'],
      short: ['itinéraires', 'signalétique'],
    },
  },
  {
    slug: 'outdoor-events',
    themes: ['outdoor-sports', 'sustainable-tourism'],
    needers: { MA: ['collectivite', 'association'] },
    offerers: { FR: ['association', 'entreprise'] },
    need: {
      fr: [
        'Organiser une course de trail pour attirer des visiteurs',
        'Lancer un festival de montagne dans la vallée',
        'Créer un événement sportif de nature (ultra-trail, raid)',
      ],
      en: ['Setting up an international trail race'],
      short: ['trail', 'festival'],
    },
    offer: {
      fr: [
        'Organisation de courses et d’événements outdoor : chronométrage, sécurité, bénévoles',
        'Savoir-faire événementiel : rencontres et festivals de films de montagne',
        "Accompagnement à la création d'événements sportifs éco-responsables",
      ],
      en: ['Trail race organisation and event safety'],
      short: ['événementiel', 'chronométrage'],
    },
  },
  {
    slug: 'four-season-resort',
    themes: ['climate-adaptation', 'sustainable-tourism'],
    needers: { MA: ['collectivite', 'entreprise'] },
    offerers: { FR: ['entreprise', 'collectivite'] },
    need: {
      fr: [
        "Attirer des visiteurs toute l'année, pas seulement pendant la saison de ski",
        'Nouvelles activités estivales pour la station',
        'Adapter la station au manque de neige de ces derniers hivers',
      ],
      en: ['Four-season diversification of a ski resort'],
      short: ['diversification', 'station'],
    },
    offer: {
      fr: [
        'Transition des stations de montagne vers un tourisme quatre saisons',
        'Ingénierie touristique pour stations de moyenne altitude',
        'Études de fréquentation et de clientèles en montagne',
      ],
      en: ['Four-season strategies for mountain resorts'],
      short: ['stations de montagne', 'ingénierie touristique'],
    },
  },
];
