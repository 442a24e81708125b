import type { StructureKind } from './description-pieces.data.js';
import type { OrganisationSeed } from './organisation-seed.js';

const COLLECTIVITE_KINDS: readonly [RegExp, StructureKind][] = [
  [/^(Commune|Mairie|Ville|Conseil communal)/, 'commune'],
  [/^(Province|Département)/, 'province'],
  [/^(Région|Conseil régional|Collectivité de Corse)/, 'region'],
  [/^(Parc|Géoparc|Réserve)/, 'park'],
];

/** A collectivité presents itself as a commune, a province, a region or a park, by its name. */
export function structureKind(organisation: OrganisationSeed): StructureKind {
  if (organisation.type !== 'collectivite') return organisation.type;
  const kind = COLLECTIVITE_KINDS.find(([pattern]) => pattern.test(organisation.name));
  return kind?.[1] ?? 'intercommunality';
}
