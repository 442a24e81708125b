import { FR_REGION as F, MA_REGION as M } from './regions.data.js';

export interface CooperationLink {
  fr: string;
  frRegion: string;
  ma: string;
  maRegion: string;
}

/**
 * Franco-Moroccan decentralised-cooperation links, from `../shared/data/cooperations-fr-ma.json`
 * (copied: the bench must run from the repository alone). Only the fields the generator uses.
 */
type LinkRow = [fr: string, frRegion: keyof typeof F, ma: string, maRegion: keyof typeof M];

const LINK_ROWS: readonly LinkRow[] = [
  ['Bordeaux', 'NA', 'Casablanca', 'CS'],
  ['Pays des Écrins', 'PACA', 'Taliouine', 'SM'],
  ['La Rochelle', 'NA', 'Essaouira', 'MS'],
  ['Grand Lyon', 'ARA', 'Rabat', 'RSK'],
  ['Paris', 'IDF', 'Rabat', 'RSK'],
  ['Nantes Métropole', 'PDL', 'Agadir', 'SM'],
  ["Côte d'Albâtre", 'NOR', 'Ouled Boussaken', 'FM'],
  ['Parc naturel régional du Luberon', 'PACA', 'Groupement de Bouhachem', 'TTA'],
  ['Lille', 'HDF', 'Oujda', 'ORI'],
  ['Grenoble', 'ARA', 'Oujda', 'ORI'],
  ['Aix-en-Provence', 'PACA', 'Oujda', 'ORI'],
  ['Strasbourg', 'GE', 'Fès', 'FM'],
  ['Montpellier', 'OCC', 'Fès', 'FM'],
  ['Saint-Étienne', 'ARA', 'Fès', 'FM'],
  ['Nîmes Métropole', 'OCC', 'Meknès', 'FM'],
  ['Blois', 'CVL', 'Azrou', 'FM'],
  ['Marseille', 'PACA', 'Marrakech', 'MS'],
  ['Tours', 'CVL', 'Marrakech', 'MS'],
  ['Bédarieux', 'OCC', 'Ouarzazate', 'DT'],
  ['Boulogne-sur-Mer', 'HDF', 'Safi', 'MS'],
  ['Creil', 'HDF', 'Dakhla', 'DOE'],
  ['Agde', 'OCC', 'Tata', 'SM'],
  ['Romans-sur-Isère', 'ARA', 'Taroudant', 'SM'],
  ['Stains', 'IDF', 'Figuig', 'ORI'],
  ['Région Nord-Pas-de-Calais', 'HDF', 'Région de Doukkala-Abda', 'CS'],
  ["Département de l'Isère", 'ARA', 'Région de Doukkala-Abda', 'CS'],
  ["Région Provence-Alpes-Côte d'Azur", 'PACA', 'Région de Tanger-Tétouan', 'TTA'],
  ['Mantes-la-Jolie', 'IDF', 'Région de Rabat-Salé-Zemmour-Zaër', 'RSK'],
  ['Région Aquitaine', 'NA', 'Région du Souss-Massa-Drâa', 'SM'],
  ["Département de l'Isère", 'ARA', 'Région du Souss-Massa-Drâa', 'SM'],
  ["Département de l'Hérault", 'OCC', 'Région du Souss-Massa-Drâa', 'SM'],
  ['Département de la Loire-Atlantique', 'PDL', 'Province de Chtouka Aït Baha', 'SM'],
  ['Région Franche-Comté', 'BFC', 'Province de Ouarzazate', 'DT'],
  ['Région Languedoc-Roussillon', 'OCC', "Province d'El Jadida", 'CS'],
  ['Amiens Métropole', 'HDF', 'Province de Driouch', 'ORI'],
  ["Département de l'Allier", 'ARA', 'Province de Khémisset', 'RSK'],
  ['Région Champagne-Ardenne', 'GE', "Région de l'Oriental", 'ORI'],
  ['Département de la Seine-Saint-Denis', 'IDF', 'Figuig', 'ORI'],
  ['Région Centre', 'CVL', 'Région de Meknès-Tafilalet', 'FM'],
  ['Région Lorraine', 'GE', 'Région de Fès-Boulemane', 'FM'],
  ['Région Île-de-France', 'IDF', 'Région Casablanca-Settat', 'CS'],
  ['Région Île-de-France', 'IDF', 'Région Marrakech-Safi', 'MS'],
];

export const COOPERATION_LINKS: readonly CooperationLink[] = LINK_ROWS.map(
  ([fr, frRegion, ma, maRegion]) => ({ fr, frRegion: F[frRegion], ma, maRegion: M[maRegion] }),
);
