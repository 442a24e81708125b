import data from './cooperations-fr-ma.json' with { type: 'json' };

/**
 * Known decentralised-cooperation links between French and Moroccan territories, from the
 * client's documents (the Moroccan DGCL and French embassy table, 2013; Île-de-France, 2025;
 * the Rencontres programme, 2026). `frRegion`/`maRegion` are today's regions.
 */
export interface CooperationLink {
  fr: string;
  frRegion: string;
  ma: string;
  maRegion: string;
  level: string;
  mountain?: boolean;
  since?: number;
}

export const COOPERATION_LINKS: readonly CooperationLink[] = data.links;
