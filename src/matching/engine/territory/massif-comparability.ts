import { MASSIFS } from '../../../taxonomy/massifs.js';

/** Two high ranges (Alpes ↔ Haut Atlas) face the same problems; mid ranges likewise. */
export function massifComparability(a: string | null, b: string | null): number {
  const profileA = a ? PROFILE.get(a) : undefined;
  const profileB = b ? PROFILE.get(b) : undefined;
  if (!profileA || !profileB) return 0;
  if (profileA === profileB) return profileA === 'high-mountain' ? 1 : 0.8;
  return 0.5;
}

export function massifProfile(slug: string | null): 'high-mountain' | 'mid-mountain' | null {
  return (slug && PROFILE.get(slug)) || null;
}

export function massifLabel(slug: string): string {
  return LABEL.get(slug) ?? slug;
}

const PROFILE = new Map<string, 'high-mountain' | 'mid-mountain'>(
  MASSIFS.map((massif) => [massif.slug, massif.profile]),
);
const LABEL = new Map<string, string>(MASSIFS.map((massif) => [massif.slug, massif.label]));
