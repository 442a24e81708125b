import type { components } from '../../api/schema';

type EventDto = components['schemas']['EventDto'];
type CreateEventDto = components['schemas']['CreateEventDto'];
type UpdateEventDto = components['schemas']['UpdateEventDto'];

export const WEIGHT_PARTS = ['complementarity', 'themes', 'text', 'actors', 'territory'] as const;
export type WeightPart = (typeof WEIGHT_PARTS)[number];

/** What the event form edits, as its inputs hold it (empty strings for "not set"). */
export interface EventFormValues {
  name: string;
  slug: string;
  startsOn: string | null;
  endsOn: string | null;
  timezone: string;
  organiserName: string;
  organiserEmail: string;
  corsOrigins: string[];
  topK: number;
  crossCountryOnly: boolean;
  weights: Record<WeightPart, number>;
}

export const NEW_EVENT_VALUES: EventFormValues = {
  name: '',
  slug: '',
  startsOn: null,
  endsOn: null,
  timezone: 'Europe/Paris',
  organiserName: '',
  organiserEmail: '',
  corsOrigins: [],
  topK: 50,
  crossCountryOnly: true,
  weights: { complementarity: 0.35, themes: 0.2, text: 0.15, actors: 0.15, territory: 0.15 },
};

export function formValuesOf(event: EventDto): EventFormValues {
  const { settings } = event;
  return {
    name: event.name,
    slug: event.slug,
    startsOn: event.startsOn ?? null,
    endsOn: event.endsOn ?? null,
    timezone: event.timezone,
    organiserName: settings.organiserName ?? '',
    organiserEmail: settings.organiserEmail ?? '',
    corsOrigins: settings.corsOrigins,
    topK: settings.topK,
    crossCountryOnly: settings.crossCountryOnly,
    weights: { ...settings.weights },
  };
}

/** POST /events: what the organiser left empty is left out (the service fills defaults). */
export function createBodyOf(values: EventFormValues): CreateEventDto {
  return {
    name: values.name.trim(),
    ...(values.slug.trim() && { slug: values.slug.trim() }),
    ...(values.startsOn && { startsOn: values.startsOn }),
    ...(values.endsOn && { endsOn: values.endsOn }),
    timezone: values.timezone,
    settings: {
      ...(values.organiserName.trim() && { organiserName: values.organiserName.trim() }),
      ...(values.organiserEmail.trim() && { organiserEmail: values.organiserEmail.trim() }),
      corsOrigins: values.corsOrigins,
      topK: values.topK,
      crossCountryOnly: values.crossCountryOnly,
      weights: values.weights,
    },
  };
}

/** PATCH /events/:id: every field, emptied ones as null so the service clears them. */
export function patchBodyOf(values: EventFormValues): UpdateEventDto {
  const { slug: _slug, ...create } = createBodyOf(values);
  return {
    ...create,
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    settings: {
      ...create.settings,
      organiserName: values.organiserName.trim() || null,
      organiserEmail: values.organiserEmail.trim() || null,
    },
  } as UpdateEventDto;
}

/** The form input an API field error belongs to: `settings.weights.text` → `weights.text`. */
export function formFieldOf(apiField: string): string {
  return apiField.startsWith('settings.') ? apiField.slice('settings.'.length) : apiField;
}
