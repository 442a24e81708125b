import { Button, Group, Select, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ErrorText } from '../plain-errors/ErrorText';
import type { Participant } from '../schedules/use-participants';
import type { MailingKind } from './use-mailing';

/** A participant's e-mail as it will look (the preview's unsubscribe link does nothing). */
export function EmailPreview({
  eventId,
  kind,
  scheduleId,
  participants,
}: {
  eventId: string;
  kind: MailingKind;
  scheduleId: string;
  participants: Participant[];
}) {
  const { t } = useTranslation();
  const [externalId, setExternalId] = useState<string | null>(null);
  const preview = useMutation({
    mutationFn: (who: string) =>
      unwrap(
        api.GET('/events/{eventId}/notifications/preview/{externalId}', {
          params: {
            path: { eventId, externalId: who },
            query: {
              kind,
              format: 'html',
              ...(kind === 'agenda' ? { scheduleId } : { limit: 5 }),
            },
          },
          parseAs: 'text',
        }),
      ) as Promise<string>,
  });

  return (
    <Stack>
      <Title order={4}>{t('emails.preview.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('emails.preview.participant')}
          placeholder={t('emails.preview.search')}
          data={participants.map((participant) => ({
            value: participant.externalId,
            label: `${participant.fullName} — ${participant.organisation}`,
          }))}
          value={externalId}
          onChange={setExternalId}
          searchable
          limit={30}
          w={360}
        />
        <Button
          variant="default"
          disabled={!externalId || preview.isPending || (kind === 'agenda' && !scheduleId)}
          loading={preview.isPending}
          onClick={() => externalId && preview.mutate(externalId)}
        >
          {t('emails.preview.show')}
        </Button>
      </Group>
      <ErrorText error={preview.error} />
      {preview.data && (
        // No sandbox: a srcdoc frame inherits the console's CSP (no inline script runs), and
        // a sandboxed frame would shut out the accessibility check's scripts.
        <iframe
          title={t('emails.preview.frame')}
          srcDoc={preview.data}
          style={{ width: '100%', height: 520, border: '1px solid var(--mantine-color-gray-4)' }}
        />
      )}
    </Stack>
  );
}
