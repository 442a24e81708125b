import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, unwrap } from '../../api/client';
import { mailingBody } from './mailing-report';

export type MailingKind = 'suggestions' | 'agenda';

export interface MailingRequest {
  kind: MailingKind;
  scheduleId: string;
  dryRun: boolean;
  participants?: string[];
}

/** Starts a mailing (or its dry run); a second call while one is being asked for is ignored. */
export function useMailing(eventId: string) {
  const asking = useRef(false);
  const mutation = useMutation({
    mutationFn: ({ kind, scheduleId, ...audience }: MailingRequest) => {
      const body = mailingBody(audience);
      return kind === 'suggestions'
        ? unwrap(
            api.POST('/events/{eventId}/notifications/suggestions', {
              params: { path: { eventId } },
              body: { ...body, limit: 5 },
            }),
          )
        : unwrap(
            api.POST('/events/{eventId}/schedules/{scheduleId}/notifications', {
              params: { path: { eventId, scheduleId } },
              body,
            }),
          );
    },
    onSettled: () => (asking.current = false),
  });
  const start = (request: MailingRequest, onAccepted?: (jobId: string) => void) => {
    if (asking.current) return;
    asking.current = true;
    mutation.mutate(request, { onSuccess: (accepted) => onAccepted?.(accepted.jobId) });
  };
  return { ...mutation, start };
}
