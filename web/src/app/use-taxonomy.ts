import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';

interface Labelled {
  slug: string;
  labelFr: string;
  labelEn: string;
}

/** Themes and organisation types in the organiser's language (the taxonomy never changes). */
export function useTaxonomyLabels() {
  const { i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: ['taxonomy'],
    queryFn: () => unwrap(api.GET('/taxonomy')),
    staleTime: Infinity,
  });
  const taxonomy = data as { themes?: Labelled[]; organisationTypes?: Labelled[] } | undefined;
  const label = (list: Labelled[] | undefined, slug: string) => {
    const entry = list?.find((item) => item.slug === slug);
    if (!entry) return slug;
    return i18n.language === 'en' ? entry.labelEn : entry.labelFr;
  };
  return {
    themes: taxonomy?.themes ?? [],
    organisationTypes: taxonomy?.organisationTypes ?? [],
    theme: (slug: string) => label(taxonomy?.themes, slug),
    organisationType: (slug: string) => label(taxonomy?.organisationTypes, slug),
  };
}
