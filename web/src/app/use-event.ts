import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type ConsoleEvent = components['schemas']['EventDto'];

export const eventQueryKey = (eventId: string) => ['event', eventId] as const;

/** The event of the page's `:eventId`: its name, time zone and settings. */
export function useEvent() {
  const { eventId = '' } = useParams();
  const query = useQuery({
    queryKey: eventQueryKey(eventId),
    queryFn: () => unwrap(api.GET('/events/{eventId}', { params: { path: { eventId } } })),
  });
  return { eventId, ...query };
}
