import { foldText } from '../../src/common/fold-text.js';
import { MASSIFS } from '../../src/taxonomy/massifs.js';
import { THEMES, type ThemeSlug } from '../../src/taxonomy/themes.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { COOPERATION_LINKS, type CooperationLink } from './cooperation-links.data.js';
import {
  ENGLISH_INTRODUCTIONS,
  HEAD_COUNTS,
  INTRODUCTIONS,
  SECTORS,
  SECTORS_BY_TYPE,
} from './description-pieces.data.js';
import type { OrganisationSeed } from './organisation-seed.js';
import { PROJECT_TEMPLATES } from './project-catalog.js';
import type { EventCountry } from './project-template.js';
import { structureKind } from './structure-kind.js';
import type { WritingVoice } from './writing-voice.js';

interface Presenter {
  country: EventCountry;
  organisation: OrganisationSeed;
  /** The themes of the person's trade and planted projects, most important first. */
  focus: readonly ThemeSlug[];
  voice: WritingVoice;
}

const THEME_BY_SLUG = new Map(THEMES.map((theme) => [theme.slug, theme]));
const MASSIF_LABEL = new Map<string, string>(MASSIFS.map((massif) => [massif.slug, massif.label]));

/** « 12 000 », the French way, without depending on the machine's locale data. */
function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function fill(template: string, { organisation }: Presenter, rng: SeededRandom): string {
  return template
    .replace('{org}', organisation.name)
    .replace('{region}', organisation.region)
    .replace('{massif}', MASSIF_LABEL.get(organisation.massif ?? '') ?? 'massif')
    .replace('{count}', groupThousands(rng.pick(HEAD_COUNTS[structureKind(organisation)])))
    .replace('{year}', String(rng.int(1975, 2023)));
}

/** A known cooperation of the structure's town, or of its region. */
function cooperationSentence(presenter: Presenter, rng: SeededRandom): string | null {
  const { country, organisation } = presenter;
  const name = foldText(organisation.name);
  const ownSide = (link: CooperationLink) => foldText(country === 'FR' ? link.fr : link.ma);
  const town = COOPERATION_LINKS.find((link) => name.includes(ownSide(link)));
  if (organisation.type === 'collectivite' && town !== undefined) {
    const partner = country === 'FR' ? town.ma : town.fr;
    return `Coopération décentralisée avec ${partner} depuis ${rng.int(1998, 2020)}.`;
  }
  const region = COOPERATION_LINKS.filter(
    (link) => (country === 'FR' ? link.frRegion : link.maRegion) === organisation.region,
  );
  if (region.length === 0 || !rng.chance(0.3)) return null;
  const link = rng.pick(region);
  return `Notre région est partenaire de la région ${country === 'FR' ? link.maRegion : link.frRegion}.`;
}

/** Words of other projects, without the complementarity: « Nous suivons aussi : crues, PAM. » */
function sideInterests(rng: SeededRandom): string {
  const topics = rng
    .sample(PROJECT_TEMPLATES, 2)
    .map((project) => rng.pick(rng.chance(0.5) ? project.need.short : project.offer.short));
  return `Nous suivons aussi : ${topics.join(', ')}.`;
}

/** « Présentation »: who we are, our fields, sometimes a cooperation or a side interest. */
export function writePresentation(presenter: Presenter, rng: SeededRandom): string | null {
  const { voice, focus } = presenter;
  if (voice.thin || rng.chance(0.1)) return null;
  if (voice.english) {
    const fields = focus.map((slug) => THEME_BY_SLUG.get(slug)!.labelEn.toLowerCase());
    const intro = fill(rng.pick(ENGLISH_INTRODUCTIONS), presenter, rng);
    return fields.length > 0 ? `${intro} Fields: ${fields.join(', ')}.` : intro;
  }
  const sentences = [
    fill(
      rng.pick(INTRODUCTIONS[presenter.country][structureKind(presenter.organisation)]),
      presenter,
      rng,
    ),
  ];
  if (focus.length > 0 && rng.chance(0.5)) {
    const fields = focus.map((slug) => THEME_BY_SLUG.get(slug)!.labelFr.toLowerCase());
    sentences.push(`Domaines d'intervention : ${fields.join(', ')}.`);
  }
  const cooperation = cooperationSentence(presenter, rng);
  if (cooperation !== null) sentences.push(cooperation);
  if (rng.chance(0.3)) sentences.push(sideInterests(rng));
  return sentences.join(rng.chance(0.3) ? '\n' : ' ');
}

/** « Secteur d'activité »: the trade, or for some structures what they are. */
export function writeSector(presenter: Presenter, rng: SeededRandom): string | null {
  const { voice, focus, organisation } = presenter;
  if (voice.thin && rng.chance(0.5)) return null;
  const byType = SECTORS_BY_TYPE[organisation.type];
  if (byType !== undefined && (focus.length === 0 || rng.chance(0.5))) return rng.pick(byType);
  if (focus.length === 0) return null;
  if (voice.english) return THEME_BY_SLUG.get(focus[0])!.labelEn.toLowerCase();
  return rng.pick(SECTORS[focus[0]]);
}
