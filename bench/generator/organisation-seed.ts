import type { MassifSlug } from '../../src/taxonomy/massifs.js';
import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import type { ThemeSlug } from '../../src/taxonomy/themes.js';

/** A structure participants come from; `themes` is its trade, when it has one. */
export interface OrganisationSeed {
  name: string;
  type: OrganisationType;
  region: string;
  massif: MassifSlug | null;
  themes?: readonly ThemeSlug[];
}

/** A town or village; communes are named from it (« Commune d'Imlil », « Mairie de Briançon »). */
export interface PlaceSeed {
  name: string;
  region: string;
  massif: MassifSlug | null;
}

type Row = [name: string, region: string, massif: MassifSlug | null, themes?: ThemeSlug[]];

/** Data files list organisations as compact rows; this names their fields. */
export function organisations(type: OrganisationType, rows: readonly Row[]): OrganisationSeed[] {
  return rows.map(([name, region, massif, themes]) => ({ name, type, region, massif, themes }));
}

export function places(rows: readonly [string, string, MassifSlug | null][]): PlaceSeed[] {
  return rows.map(([name, region, massif]) => ({ name, region, massif }));
}
