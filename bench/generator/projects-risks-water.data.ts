import type { ProjectTemplate } from './project-template.js';

/** Natural hazards, water and climate: mostly Moroccan needs met by French engineering. */
export const RISK_AND_WATER_PROJECTS: readonly ProjectTemplate[] = [
  {
    slug: 'flood-early-warning',
    themes: ['natural-risks', 'climate-adaptation'],
    needers: { MA: ['collectivite', 'institution', 'association'], FR: ['collectivite'] },
    offerers: { FR: ['entreprise', 'universite', 'institution'], MA: ['entreprise', 'universite'] },
    need: {
      fr: [
        "Gestion des inondations et protection des douars exposés aux débordements d'oued",
        'Mettre en place une alerte précoce pour les crues soudaines dans la vallée',
        'Réduire la vulnérabilité de la commune face aux inondations',
        'Prévoir les crues et prévenir la population en aval à temps',
        'Protéger les habitations construites en bord de rivière contre la montée des eaux',
      ],
      en: [
        'Flood management for villages along the wadi',
        'Early warning of flash floods for our valley',
      ],
      short: ['inondations', 'crues', 'risque inondation'],
    },
    offer: {
      fr: [
        'Prévention des crues torrentielles et cartographie des aléas',
        'Systèmes de surveillance hydrométéorologique et alerte SMS aux habitants',
        'Ingénierie des risques torrentiels : étude de bassin versant, ouvrages de protection',
        'Modélisation hydrologique et prévision des débits en montagne',
        "Plans communaux de sauvegarde et exercices d'évacuation",
      ],
      en: ['Flash flood early warning systems', 'Torrent hazard mapping and flood risk modelling'],
      short: ['hydrologie', 'risques torrentiels'],
    },
  },
  {
    slug: 'landslide-rockfall',
    themes: ['natural-risks'],
    needers: { MA: ['collectivite', 'institution'], FR: ['collectivite'] },
    offerers: { FR: ['entreprise', 'institution', 'universite'], MA: ['universite'] },
    need: {
      fr: [
        'Stabiliser les versants qui glissent sur nos pistes rurales',
        'Sécuriser la route de la vallée contre les chutes de pierres',
        'Diagnostic des mouvements de terrain qui menacent le village',
        "Traiter les éboulements qui coupent l'accès aux douars chaque hiver",
      ],
      en: ['Landslide and rockfall protection for a mountain road'],
      short: ['glissements de terrain', 'éboulements'],
    },
    offer: {
      fr: [
        'Études géotechniques et confortement de talus',
        'Filets pare-blocs, écrans et merlons de protection',
        'Surveillance des pentes instables par radar satellitaire et GNSS',
        'Expertise RTM (restauration des terrains en montagne) sur les aléas gravitaires',
      ],
      en: ['Geotechnical engineering and rockfall barriers', 'Slope monitoring with InSAR'],
      short: ['géotechnique', 'aléas gravitaires'],
    },
  },
  {
    slug: 'avalanche-safety',
    themes: ['natural-risks', 'outdoor-sports'],
    needers: { MA: ['collectivite', 'entreprise', 'association'] },
    offerers: { FR: ['entreprise', 'institution', 'association'] },
    need: {
      fr: [
        "Sécurité des skieurs et des randonneurs face au risque d'avalanche à l'Oukaïmeden",
        'Savoir quand fermer les itinéraires enneigés après de fortes chutes de neige',
        "Former nos équipes au danger d'avalanche et au secours en neige",
        'Besoin de compétences pour surveiller le manteau neigeux',
      ],
      en: ['Avalanche risk management for a small ski area'],
      short: ['avalanches', 'neige'],
    },
    offer: {
      fr: [
        'Nivologie, bulletins de risque et plans de déclenchement préventif (PIDA)',
        'Formation des pisteurs-secouristes et des artificiers',
        'Cartographie des couloirs et ouvrages paravalanches',
        'Retour d’expérience des stations alpines sur la sécurité des domaines skiables',
      ],
      en: ['Avalanche forecasting and ski-patrol training'],
      short: ['nivologie', 'pisteurs-secouristes'],
    },
  },
  {
    slug: 'oasis-irrigation',
    themes: ['water', 'mountain-agriculture'],
    needers: { MA: ['collectivite', 'association', 'institution'] },
    offerers: { FR: ['entreprise', 'universite', 'institution'], MA: ['entreprise', 'universite'] },
    need: {
      fr: [
        'Moderniser l’irrigation des palmeraies et des oasis',
        "Économiser l'eau agricole dans les oasis du Drâa",
        "Réhabiliter les khettaras et mieux partager l'eau entre les douars",
        'Passer au goutte-à-goutte pour les petites exploitations de la vallée',
        "Les puits s'assèchent : il faut mieux gérer la nappe de l'oasis",
      ],
      en: ['Water-efficient irrigation for oasis smallholders'],
      short: ['irrigation', 'khettaras', 'seguias'],
    },
    offer: {
      fr: [
        "Irrigation localisée et pilotage de l'arrosage par sondes d'humidité",
        "Gestion collective de l'eau agricole : tours d'eau, associations d'irrigants",
        'Micro-irrigation alimentée par pompage solaire pour petites parcelles',
        'Hydraulique agricole : réhabilitation de canaux et de réseaux gravitaires',
        'Suivi piézométrique et modélisation des aquifères en zone aride',
      ],
      en: ['Drip irrigation and water saving for arid farming'],
      short: ['hydraulique agricole', 'micro-irrigation'],
    },
  },
  {
    slug: 'drinking-water-sanitation',
    themes: ['water'],
    needers: { MA: ['collectivite'] },
    offerers: { FR: ['entreprise', 'collectivite', 'institution'], MA: ['entreprise'] },
    need: {
      fr: [
        'Alimentation en eau potable des douars isolés',
        'Assainissement des villages de montagne, les eaux usées partent dans l’oued',
        "Améliorer l'accès à l'eau du robinet pour les hameaux d'altitude",
        'Petite station de traitement des eaux usées pour le centre de la commune',
      ],
      en: ['Drinking water supply and sanitation for remote villages'],
      short: ['eau potable', 'assainissement'],
    },
    offer: {
      fr: [
        'Stations d’épuration rustiques par filtres plantés de roseaux',
        'Conception et exploitation de réseaux d’adduction en zone rurale',
        "Régie publique de l'eau : coopération technique au titre du 1 % eau (loi Oudin-Santini)",
        'Potabilisation et désinfection pour petits captages de source',
      ],
      en: ['Small-scale wastewater treatment with reed-bed filters'],
      short: ['épuration', 'adduction'],
    },
  },
  {
    slug: 'climate-vulnerability',
    themes: ['climate-adaptation'],
    needers: { MA: ['universite', 'institution', 'collectivite'], FR: ['collectivite'] },
    offerers: { FR: ['universite', 'institution'], MA: ['universite'] },
    need: {
      fr: [
        'Données sur le climat local pour orienter notre plan de développement',
        "Mesurer les effets du réchauffement sur l'enneigement et les ressources",
        'Diagnostic de vulnérabilité climatique du territoire',
        'Construire un plan climat pour la province',
      ],
      en: ['Climate vulnerability assessment for a mountain province'],
      short: ['plan climat', 'vulnérabilité'],
    },
    offer: {
      fr: [
        'Observatoire du climat en montagne : séries de températures, enneigement, débits',
        'Accompagnement à l’élaboration de plans climat-air-énergie territoriaux',
        'Scénarios climatiques régionalisés et projections à 2050',
        "Méthodes d'analyse des impacts et trajectoires d'adaptation",
      ],
      en: ['Downscaled climate scenarios and impact studies'],
      short: ['climatologie', 'projections climatiques'],
    },
  },
  {
    slug: 'wildfire-prevention',
    themes: ['natural-risks', 'biodiversity'],
    needers: { MA: ['institution', 'collectivite'], FR: ['collectivite'] },
    offerers: { FR: ['institution', 'entreprise'], MA: ['institution'] },
    need: {
      fr: [
        'Prévenir les feux de forêt dans les cédraies',
        "Protéger nos forêts contre les incendies de l'été",
        'Repérer plus tôt les départs de feu dans le massif',
        'Débroussaillement et pare-feux autour des villages',
      ],
      en: ['Wildfire prevention in cedar forests'],
      short: ['incendies', 'feux de forêt'],
    },
    offer: {
      fr: [
        "Défense des forêts contre l'incendie (DFCI) : pistes, points d'eau, vigies",
        'Détection précoce des fumées par caméras et drones',
        'Brûlage dirigé et sylvopastoralisme pour réduire le combustible',
        'Formation des équipes de lutte contre les feux de végétation',
      ],
      en: ['Wildfire detection and fuel-break design'],
      short: ['DFCI', 'feux de végétation'],
    },
  },
];
