import { Test } from '@nestjs/testing';
import { TaxonomyController } from './taxonomy.controller.js';
import { TaxonomyModule } from './taxonomy.module.js';

describe('TaxonomyController', () => {
  it('serves the whole taxonomy from GET /taxonomy', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [TaxonomyModule] }).compile();
    const taxonomy = moduleRef.get(TaxonomyController).taxonomy();

    expect(Object.keys(taxonomy)).toEqual([
      'themes',
      'organisationTypes',
      'massifs',
      'regions',
      'languages',
    ]);
    expect(taxonomy.themes).toHaveLength(14);
    expect(taxonomy.organisationTypes.map((type) => type.slug)).toEqual([
      'collectivite',
      'entreprise',
      'association',
      'institution',
      'universite',
      'incubateur',
      'tour_operateur',
      'autre',
    ]);
    expect(taxonomy.massifs).toHaveLength(10);
    expect(taxonomy.regions).toHaveLength(30);
    expect(taxonomy.languages.map((language) => language.code)).toEqual([
      'fr',
      'en',
      'ar',
      'ary',
      'zgh',
      'tzm',
      'shi',
      'rif',
      'es',
      'de',
      'it',
      'pt',
    ]);
    expect(Reflect.getMetadata('path', TaxonomyController)).toBe('taxonomy');
  });
});
