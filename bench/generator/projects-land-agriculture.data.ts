import type { ProjectTemplate } from './project-template.js';

/** Mountain farming, terroir products and biodiversity. */
export const LAND_AND_AGRICULTURE_PROJECTS: readonly ProjectTemplate[] = [
  {
    slug: 'saffron-labelling',
    themes: ['mountain-agriculture', 'cultural-heritage'],
    needers: { MA: ['association', 'collectivite'] },
    offerers: { FR: ['institution', 'entreprise', 'association'], MA: ['institution'] },
    need: {
      fr: [
        'Labellisation du safran de la coopérative (AOP, bio)',
        'Certification et traçabilité du safran de Taliouine',
        'Protéger le nom de notre safran par une indication géographique',
        "Mettre la coopérative safranière aux normes pour l'export",
      ],
      en: ['Certification for a saffron cooperative'],
      short: ['safran', 'certification safran'],
    },
    offer: {
      fr: [
        'Accompagnement aux signes officiels de qualité (AOP, IGP, Label Rouge)',
        'Certification agriculture biologique et audits de traçabilité',
        'Structuration de filières sous appellation d’origine',
        'Démarches qualité pour coopératives agricoles exportatrices',
      ],
      en: ['Geographical indication and organic certification support'],
      short: ['IGP', 'signes de qualité'],
    },
  },
  {
    slug: 'aromatic-plants',
    themes: ['mountain-agriculture', 'biodiversity'],
    needers: { MA: ['association', 'entreprise'] },
    offerers: { FR: ['entreprise', 'universite'], MA: ['universite'] },
    need: {
      fr: [
        'Transformer les plantes aromatiques et médicinales (distillation, huiles essentielles)',
        'Débouchés pour nos huiles essentielles de romarin et de thym',
        "Moderniser l'alambic de la coopérative",
        'Valorisation des PAM cueillies en montagne',
      ],
      en: ['Adding value to aromatic and medicinal plants'],
      short: ['PAM', 'plantes aromatiques'],
    },
    offer: {
      fr: [
        "Équipement et formation à l'extraction d'essences végétales",
        'Achat de matières premières végétales pour la cosmétique naturelle',
        'Analyses et contrôle qualité des huiles essentielles',
        'Organisation de la filière plantes à parfum et médicinales',
      ],
      en: ['Essential oil distillation and natural cosmetics sourcing'],
      short: ['cosmétique naturelle', 'distillation'],
    },
  },
  {
    slug: 'rangeland-pastoralism',
    themes: ['mountain-agriculture', 'biodiversity'],
    needers: { MA: ['association', 'collectivite'], FR: ['collectivite'] },
    offerers: {
      FR: ['institution', 'association', 'universite'],
      MA: ['association', 'universite'],
    },
    need: {
      fr: [
        'Gestion des parcours collectifs et du surpâturage',
        "Sécuriser la transhumance et l'accès aux pâturages d'altitude",
        'Aider les éleveurs nomades à faire face à la sécheresse',
        'Concilier élevage et conservation dans le parc',
      ],
      en: ['Rangeland management and overgrazing'],
      short: ['pastoralisme', 'transhumance'],
    },
    offer: {
      fr: [
        'Plans de gestion pastorale et diagnostics de parcours',
        "Retour d'expérience des groupements pastoraux et des estives collectives",
        "Suivi écologique des prairies d'altitude",
        'Conseil aux bergers : alimentation du troupeau, points d’eau, cabanes pastorales',
      ],
      en: ['Pastoral management plans for mountain grasslands'],
      short: ['estives', 'gestion pastorale'],
    },
  },
  {
    slug: 'short-food-chains',
    themes: ['mountain-agriculture'],
    needers: { MA: ['association', 'collectivite'] },
    offerers: { FR: ['association', 'entreprise', 'institution'] },
    need: {
      fr: [
        'Écouler les produits du terroir (miel, amandes, fromage de chèvre) en vente directe',
        'Créer un marché de producteurs et une marque collective',
        'Logistique de collecte des produits agricoles dans les douars',
        'Trouver des acheteurs pour le miel de la coopérative',
      ],
      en: ['Short supply chains for mountain products'],
      short: ['produits du terroir', 'commercialisation'],
    },
    offer: {
      fr: [
        'Organisation de circuits courts et de magasins de producteurs',
        'Plateforme logistique mutualisée pour les fermes de montagne',
        'Marques collectives et mise en marché des produits de montagne',
        'Conseil aux coopératives agricoles en gestion et vente',
      ],
      en: ['Producer shops and short food chains'],
      short: ['circuits courts', 'magasins de producteurs'],
    },
  },
  {
    slug: 'terroir-sourcing',
    themes: ['mountain-agriculture'],
    needers: { FR: ['entreprise'] },
    offerers: { MA: ['association', 'entreprise'] },
    need: {
      fr: [
        "Approvisionnement en huile d'argan certifiée et traçable",
        'Fournisseurs de safran et d’épices de montagne pour notre épicerie fine',
        'Sourcing équitable de produits du terroir marocain',
      ],
      en: ['Sourcing fair-trade argan oil'],
      short: ['sourcing', 'fournisseurs'],
    },
    offer: {
      fr: [
        "Coopérative féminine productrice d'huile d'argan bio",
        'Vente directe de safran, amandes et amlou de la coopérative',
        'Production de miel de thym et de plantes séchées',
      ],
      en: ["Women's cooperative producing organic argan oil"],
      short: ["huile d'argan", 'amlou'],
    },
  },
  {
    slug: 'wildlife-monitoring',
    themes: ['biodiversity'],
    needers: { MA: ['collectivite', 'institution'] },
    offerers: { FR: ['collectivite', 'universite', 'association'] },
    need: {
      fr: [
        'Inventaires de faune et de flore dans le parc national',
        'Suivre le mouflon à manchettes et les espèces menacées',
        "Plan de gestion de l'aire protégée",
        'Former les écogardes au suivi des espèces',
      ],
      en: ['Wildlife monitoring in a national park'],
      short: ['inventaires', 'faune'],
    },
    offer: {
      fr: [
        'Protocoles de suivi naturaliste et bases de données biodiversité',
        'Jumelage de parcs nationaux et échanges de gardes-moniteurs',
        'Pièges photographiques et suivi des ongulés de montagne',
        "Élaboration de chartes et de plans de gestion d'espaces protégés",
      ],
      en: ['Biodiversity monitoring protocols and ranger exchanges'],
      short: ['suivi naturaliste', 'gardes-moniteurs'],
    },
  },
  {
    slug: 'reforestation-erosion',
    themes: ['biodiversity', 'climate-adaptation'],
    needers: { MA: ['institution', 'association', 'collectivite'] },
    offerers: { FR: ['institution', 'entreprise', 'universite'] },
    need: {
      fr: [
        "Reboiser les versants dégradés et lutter contre l'érosion",
        'Régénération de la cédraie du Moyen Atlas',
        'Restaurer les sols et freiner le ravinement',
        'Plants forestiers qui résistent à la sécheresse',
      ],
      en: ['Reforestation against soil erosion'],
      short: ['reboisement', 'érosion'],
    },
    offer: {
      fr: [
        'Génie écologique et restauration des terrains en montagne',
        "Pépinières forestières et choix d'essences adaptées au climat futur",
        'Gestion sylvicole durable et plans d’aménagement forestier',
        'Techniques de fixation des sols : fascines, banquettes, cordons de pierres',
      ],
      en: ['Erosion control and forest restoration'],
      short: ['sylviculture', 'génie écologique'],
    },
  },
];
