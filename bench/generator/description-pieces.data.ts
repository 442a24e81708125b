import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import type { ThemeSlug } from '../../src/taxonomy/themes.js';

/** Kinds of structure that present themselves differently (a park is not a commune). */
export type StructureKind =
  | Exclude<OrganisationType, 'collectivite'>
  | 'commune'
  | 'intercommunality'
  | 'province'
  | 'region'
  | 'park';

/** Head counts that fit each kind: inhabitants, staff, members, students, start-ups. */
export const HEAD_COUNTS: Record<StructureKind, readonly number[]> = {
  commune: [900, 2400, 5300, 12000, 31000],
  intercommunality: [14000, 35000, 120000],
  province: [180000, 320000, 640000],
  region: [2700000, 4500000, 8000000],
  park: [12, 25, 60, 110],
  entreprise: [3, 8, 15, 40, 120],
  association: [12, 35, 80, 250],
  institution: [40, 120, 900],
  universite: [9000, 25000, 60000],
  incubateur: [8, 15, 30],
  tour_operateur: [400, 1500, 6000],
  autre: [8, 15, 25],
};

/** Opening sentences of « Présentation ». Placeholders: {org}, {region}, {massif}, {count}, {year}. */
export const INTRODUCTIONS: Record<'FR' | 'MA', Record<StructureKind, readonly string[]>> = {
  FR: {
    commune: [
      'Commune de montagne ({massif}), {count} habitants, tourisme et agriculture de montagne.',
      '{org}, commune de la région {region} engagée dans la transition de son modèle touristique.',
      'Commune active dans la coopération internationale depuis plusieurs années.',
    ],
    intercommunality: [
      'Intercommunalité de montagne ({massif}) regroupant {count} habitants.',
      '{org} porte les compétences tourisme, eau et déchets pour ses communes.',
    ],
    province: [
      'Département de {count} habitants, chef de file de la solidarité territoriale.',
      '{org} : routes, collèges, espaces naturels sensibles et coopération internationale.',
    ],
    region: [
      'Région de {count} habitants, compétente en développement économique, formation et transports.',
      '{org} soutient la coopération décentralisée avec ses partenaires marocains.',
    ],
    park: [
      'Espace protégé de montagne ({massif}), équipe de {count} agents.',
      '{org} : protection des patrimoines naturel et culturel, accueil du public.',
    ],
    entreprise: [
      '{org} est une PME de {count} salariés basée en {region}.',
      'Entreprise créée en {year}, intervenant en France et à l’international.',
      "Bureau d'études spécialisé, {count} ingénieurs et techniciens.",
      'Start-up, solutions innovantes pour les territoires de montagne.',
    ],
    association: [
      'Association loi 1901 fondée en {year}, {count} adhérents.',
      'Réseau associatif ({region}), bénévoles et salariés.',
    ],
    institution: [
      'Établissement public intervenant sur tout le territoire national.',
      '{org} accompagne les acteurs publics et privés de la région {region}.',
    ],
    universite: [
      '{org} : laboratoires pluridisciplinaires (géographie, hydrologie, économie).',
      'Université publique de {count} étudiants, recherche sur les territoires de montagne.',
    ],
    incubateur: [
      'Incubateur accompagnant {count} startups par an.',
      "Structure d'accompagnement à l'innovation : incubation et accélération.",
    ],
    tour_operateur: [
      'Voyagiste spécialisé dans la randonnée et le voyage responsable depuis {year}.',
      'Agence de voyages, {count} voyageurs par an, petits groupes.',
    ],
    autre: ['Indépendant, {count} ans d’expérience en montagne.', 'Professionnel indépendant.'],
  },
  MA: {
    commune: [
      'Commune rurale de montagne de la région {region}, {count} habitants répartis en douars.',
      '{org} : territoire du {massif} à forte vocation agricole et touristique.',
      'Commune engagée dans un programme de développement territorial intégré.',
    ],
    intercommunality: [
      'Groupement de communes rurales du {massif} pour la gestion des services partagés.',
    ],
    province: [
      'Province de montagne de {count} habitants.',
      '{org} : conseil provincial, pistes rurales, appui aux communes.',
    ],
    region: [
      'Région de {count} habitants, compétente en développement économique et aménagement.',
      '{org} pilote le programme régional de développement et la coopération internationale.',
    ],
    park: [
      'Aire protégée du {massif}, équipe de {count} agents et écogardes.',
      '{org} : conservation, pastoralisme, écotourisme et géopatrimoine.',
    ],
    entreprise: [
      '{org}, société basée dans la région {region}, {count} salariés.',
      'Entreprise marocaine créée en {year}, clients publics et privés.',
    ],
    association: [
      'Association de développement local créée en {year}, {count} membres.',
      'Coopérative de {count} membres, en majorité des femmes du douar.',
    ],
    institution: [
      'Établissement public marocain, compétence nationale.',
      '{org} intervient dans la région {region} auprès des collectivités et des usagers.',
    ],
    universite: [
      '{org} : laboratoires en géosciences, agronomie et tourisme.',
      'Établissement public d’enseignement supérieur, {count} étudiants.',
    ],
    incubateur: [
      'Incubateur régional, {count} projets accompagnés par an.',
      'Programme d’incubation pour jeunes entrepreneurs.',
    ],
    tour_operateur: [
      'Agence réceptive agréée, créée en {year}.',
      'Agence de voyages spécialisée dans le trekking et le tourisme rural.',
    ],
    autre: ['Indépendant, basé dans la région {region}.', 'Professionnel du tourisme de montagne.'],
  },
};

export const ENGLISH_INTRODUCTIONS: readonly string[] = [
  '{org} is based in {region}.',
  'Founded in {year}, we work with public and private partners.',
  'Our team works on mountain territories in France and Morocco.',
];

/** What people write in « Secteur d'activité », by their trade. */
export const SECTORS: Record<ThemeSlug, readonly string[]> = {
  'sustainable-tourism': ['tourisme rural', 'tourisme', 'écotourisme', 'hébergement touristique'],
  'natural-risks': ['ingénierie des risques naturels', 'prévention des risques', 'géotechnique'],
  'circular-economy': ['gestion des déchets', 'économie circulaire'],
  water: ["gestion de l'eau", 'eau et assainissement', 'hydraulique'],
  energy: ['énergies renouvelables', 'énergie'],
  biodiversity: ['environnement', 'protection de la nature', 'forêt'],
  'cultural-heritage': ['patrimoine', 'artisanat', 'architecture'],
  'mountain-agriculture': ['agriculture', 'agroalimentaire', 'élevage', 'produits du terroir'],
  mobility: ['transport', 'mobilité'],
  'training-jobs': ['formation professionnelle', 'enseignement', 'emploi'],
  'digital-innovation': ['numérique', 'services informatiques', 'innovation'],
  'territorial-governance': ['développement local', 'coopération internationale'],
  'outdoor-sports': ['sports de nature', 'activités de montagne', 'loisirs'],
  'climate-adaptation': ['climat', 'environnement', 'conseil en transition'],
};

/** Some kinds of structure name their sector by what they are rather than what they do. */
export const SECTORS_BY_TYPE: Partial<Record<OrganisationType, readonly string[]>> = {
  collectivite: ['collectivité locale', 'administration territoriale', 'aménagement du territoire'],
  universite: ['enseignement supérieur et recherche', 'recherche'],
  tour_operateur: ['voyages et tourisme', "voyages d'aventure", 'agence de voyages'],
  incubateur: ['accompagnement de startups'],
};
