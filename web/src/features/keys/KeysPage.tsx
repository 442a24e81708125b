import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYBOARD_SCROLL } from '../plain-errors/keyboard-scroll';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryState } from '../../app/QueryState';
import { useEvent } from '../../app/use-event';
import { formatDateTime } from '../../format/dates';
import { ErrorText } from '../plain-errors/ErrorText';

type ApiKey = components['schemas']['ApiKeyDto'];
type IssuedKey = components['schemas']['IssuedApiKeyDto'];
type Role = ApiKey['role'];

/** The event's keys: issue one, rotate or revoke it (after a confirmation); a new secret once. */
export default function KeysPage() {
  const { t, i18n } = useTranslation();
  const { eventId, data: event } = useEvent();
  const queryClient = useQueryClient();
  const queryKey = ['keys', eventId];
  const list = useQuery({
    queryKey,
    queryFn: () => unwrap(api.GET('/events/{eventId}/keys', { params: { path: { eventId } } })),
  });
  const [role, setRole] = useState<Role>('frontend');
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [confirming, setConfirming] = useState<{ key: ApiKey; action: 'revoke' | 'rotate' } | null>(
    null,
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey });

  const issue = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/events/{eventId}/keys', { params: { path: { eventId } }, body: { role } })),
    onSuccess: (key) => {
      setIssued(key);
      void refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ key, action }: { key: ApiKey; action: 'revoke' | 'rotate' }) => {
      const params = { path: { eventId, keyId: key.id } };
      return action === 'revoke'
        ? unwrap(api.DELETE('/events/{eventId}/keys/{keyId}', { params })).then(() => null)
        : unwrap(api.POST('/events/{eventId}/keys/{keyId}/rotate', { params }));
    },
    onSuccess: (key) => {
      setConfirming(null);
      if (key) setIssued(key);
      void refresh();
    },
  });
  const zone = event?.timezone ?? 'UTC';

  return (
    <Stack>
      <Title order={2}>{t('keys.title')}</Title>
      <Text>{t('keys.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('keys.issue.role')}
          data={(['frontend', 'organiser'] as const).map((value) => ({
            value,
            label: t(`keys.roles.${value}`),
          }))}
          value={role}
          onChange={(value) => value && setRole(value as Role)}
          allowDeselect={false}
        />
        <Button onClick={() => issue.mutate()} loading={issue.isPending} disabled={issue.isPending}>
          {t('keys.issue.submit')}
        </Button>
      </Group>
      <ErrorText error={issue.error} />
      <QueryState error={list.error} loading={list.isPending} />
      {list.data && list.data.length === 0 && <Text>{t('keys.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={700} scrollAreaProps={KEYBOARD_SCROLL}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('keys.columns.prefix')}</Table.Th>
                <Table.Th>{t('keys.columns.role')}</Table.Th>
                <Table.Th>{t('keys.columns.createdAt')}</Table.Th>
                <Table.Th>{t('keys.columns.state')}</Table.Th>
                <Table.Th>{t('keys.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((key) => (
                <Table.Tr key={key.id}>
                  <Table.Td>
                    <Code>{key.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{t(`keys.roles.${key.role}`)}</Table.Td>
                  <Table.Td>{formatDateTime(key.createdAt, zone, i18n.language)}</Table.Td>
                  <Table.Td>
                    {key.revokedAt
                      ? t('keys.revokedAt', {
                          date: formatDateTime(key.revokedAt, zone, i18n.language),
                        })
                      : t('keys.active')}
                  </Table.Td>
                  <Table.Td>
                    {!key.revokedAt && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('keys.rotateLabel', { prefix: key.prefix })}
                          onClick={() => setConfirming({ key, action: 'rotate' })}
                        >
                          {t('keys.rotate')}
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          aria-label={t('keys.revokeLabel', { prefix: key.prefix })}
                          onClick={() => setConfirming({ key, action: 'revoke' })}
                        >
                          {t('keys.revoke')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={confirming !== null}
        onClose={() => {
          setConfirming(null);
          change.reset();
        }}
        title={
          confirming &&
          t(`keys.confirm${confirming.action === 'revoke' ? 'Revoke' : 'Rotate'}.title`)
        }
      >
        {confirming && (
          <Stack>
            <Text>
              {t(`keys.confirm${confirming.action === 'revoke' ? 'Revoke' : 'Rotate'}.body`, {
                prefix: confirming.key.prefix,
              })}
            </Text>
            <ErrorText error={change.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color={confirming.action === 'revoke' ? 'red' : undefined}
                loading={change.isPending}
                disabled={change.isPending}
                onClick={() => change.mutate(confirming)}
              >
                {t(`keys.confirm${confirming.action === 'revoke' ? 'Revoke' : 'Rotate'}.confirm`)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={issued !== null}
        onClose={() => setIssued(null)}
        title={t('keys.secret.title')}
      >
        {issued && (
          <Stack>
            <Alert color="yellow">{t('keys.secret.body')}</Alert>
            <Text size="sm" fw={500} id="new-key-label">
              {t('keys.secret.label')} ({t(`keys.roles.${issued.role}`)})
            </Text>
            <Code block aria-labelledby="new-key-label" data-testid="new-key">
              {issued.key}
            </Code>
            <Group justify="space-between">
              <CopyButton value={issued.key}>
                {({ copied, copy }) => (
                  <Button color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? t('keys.secret.copied') : t('keys.secret.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="default" onClick={() => setIssued(null)}>
                {t('keys.secret.done')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
