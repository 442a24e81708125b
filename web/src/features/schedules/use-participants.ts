import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Participant = components['schemas']['ParticipantDto'];

/**
 * Every registration of the event, read page by page, for picking people by name and naming
 * them in the stats. The list API has no name search, so names are searched in the browser.
 */
export function useAllParticipants(eventId: string) {
  return useQuery({
    queryKey: ['participants', eventId, 'all'],
    queryFn: async () => {
      const all: Participant[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/events/{eventId}/participants', {
            params: { path: { eventId }, query: { limit: 200, cursor } },
          }),
        );
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
    staleTime: 60_000,
  });
}
