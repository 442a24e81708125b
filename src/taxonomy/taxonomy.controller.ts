import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LANGUAGES, LANGUAGE_CODES } from './languages.js';
import { MASSIFS, MASSIF_SLUGS } from './massifs.js';
import { ORGANISATION_TYPES, ORGANISATION_TYPE_SLUGS } from './organisation-types.js';
import { REGIONS } from './regions.js';
import { THEMES, THEME_SLUGS } from './themes.js';
import { Access } from '../auth/access.decorator.js';

const TAXONOMY = {
  themes: THEMES,
  organisationTypes: ORGANISATION_TYPES,
  massifs: MASSIFS,
  regions: REGIONS,
  languages: LANGUAGES,
};

export type Taxonomy = typeof TAXONOMY;

const text = { type: 'string' } as const;
const texts = { type: 'array', items: text } as const;
const list = (properties: Record<string, object>) => ({
  type: 'array',
  items: { type: 'object', properties, required: Object.keys(properties) },
});
const labelled = (key: string, values: readonly string[]) =>
  list({ [key]: { type: 'string', enum: values }, labelFr: text, labelEn: text, synonyms: texts });

@Access('public')
@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  @Get()
  @ApiOperation({
    summary: 'Themes, organisation types, massifs, regions and languages',
    description:
      'The values a participant profile accepts (slugs and codes), with French and English ' +
      'labels and the synonyms that imports and forms also accept.',
  })
  @ApiOkResponse({
    description: 'The whole taxonomy',
    schema: {
      type: 'object',
      properties: {
        themes: labelled('slug', THEME_SLUGS),
        organisationTypes: labelled('slug', ORGANISATION_TYPE_SLUGS),
        massifs: list({
          slug: { type: 'string', enum: MASSIF_SLUGS },
          label: text,
          country: { type: 'string', enum: ['FR', 'MA'] },
          profile: { type: 'string', enum: ['high-mountain', 'mid-mountain'] },
          synonyms: texts,
        }),
        regions: list({ slug: text, name: text, country: { type: 'string', enum: ['FR', 'MA'] } }),
        languages: labelled('code', LANGUAGE_CODES),
      },
    },
  })
  taxonomy(): Taxonomy {
    return TAXONOMY;
  }
}
