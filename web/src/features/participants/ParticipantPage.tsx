import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { useEvent } from '../../app/use-event';
import { useTaxonomyLabels } from '../../app/use-taxonomy';

/** One participant: profile, suggestions with their reasons (FR / EN), erasure. */
export default function ParticipantPage() {
  const { t, i18n } = useTranslation();
  const { eventId } = useEvent();
  const { externalId = '' } = useParams();
  const labels = useTaxonomyLabels();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [lang, setLang] = useState<'fr' | 'en'>(i18n.language === 'en' ? 'en' : 'fr');
  const [confirming, { open, close }] = useDisclosure(false);
  const path = { eventId, externalId };
  const profile = useQuery({
    queryKey: ['participant', eventId, externalId],
    queryFn: () =>
      unwrap(api.GET('/events/{eventId}/participants/{externalId}', { params: { path } })),
  });
  const matches = useQuery({
    queryKey: ['matches', eventId, externalId, lang],
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/participants/{externalId}/matches', {
          params: { path, query: { lang, limit: 20 } } as never,
        }),
      ),
    // 409: matching has not run yet; 202/empty: not computed yet. Neither is worth a retry.
    retry: false,
  });
  const erase = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/events/{eventId}/participants/{externalId}', { params: { path } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['participants', eventId] });
      navigate(`/events/${eventId}/participants`, { replace: true, state: { erased: true } });
    },
  });
  const person = profile.data;
  if (!person) return <QueryState error={profile.error} loading={profile.isPending} />;
  const field = (label: string, value: string | null | undefined) =>
    value ? (
      <div>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text>{value}</Text>
      </div>
    ) : null;
  const suggestions = Array.isArray(matches.data) ? matches.data : [];
  const noListYet = matches.error instanceof ApiError && matches.error.status === 409;

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={3}>
          {person.fullName} — {person.organisation}
        </Title>
        <Button color="red" variant="outline" onClick={open}>
          {t('participants.erase')}
        </Button>
      </Group>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('participants.profile')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {field(t('participants.columns.externalId'), person.externalId)}
          {field(t('participants.email'), person.email)}
          {field(t('participants.columns.country'), person.country)}
          {field(t('participants.columns.type'), labels.organisationType(person.organisationType))}
          {field(t('participants.region'), person.region)}
          {field(t('participants.massif'), person.massif)}
          {field(t('participants.columns.themes'), person.themes.map(labels.theme).join(', '))}
          {field(t('participants.languages'), person.languages.join(', '))}
          {field(
            t('participants.columns.consents'),
            [
              person.consentMatching && t('participants.consentShort.matching'),
              person.consentEmail && t('participants.consentShort.email'),
            ]
              .filter(Boolean)
              .join(', ') || t('common.none'),
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }} mt="sm">
          {field(t('participants.offers'), person.offers)}
          {field(t('participants.needs'), person.needs)}
          {field(t('participants.description'), person.description)}
        </SimpleGrid>
      </Card>
      <Group justify="space-between">
        <Title order={4}>{t('participants.suggestions')}</Title>
        <div role="group" aria-label={t('participants.reasonsLanguage')}>
          <SegmentedControl
            size="xs"
            value={lang}
            onChange={(value) => setLang(value as 'fr' | 'en')}
            data={[
              { value: 'fr', label: 'FR' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </div>
      </Group>
      {matches.error && !noListYet && <QueryState error={matches.error} loading={false} />}
      {(noListYet || (matches.isSuccess && suggestions.length === 0)) && (
        <Text>{t('participants.noSuggestions')}</Text>
      )}
      {suggestions.map((match) => (
        <Card withBorder key={match.partner.externalId}>
          <Group justify="space-between">
            <Text fw={600}>
              {match.rank}. {match.partner.fullName} — {match.partner.organisation} (
              {match.partner.country})
            </Text>
            <Group gap="xs">
              {match.needsInterpreter && (
                <Badge color="red.9" variant="outline">
                  {t('participants.interpreter')}
                </Badge>
              )}
              <Badge variant="outline">
                {t('participants.score', { score: match.score.toFixed(2) })}
              </Badge>
            </Group>
          </Group>
          <List size="sm" mt="xs">
            {match.reasons.map((reason, index) => (
              <List.Item key={index}>{reason.text}</List.Item>
            ))}
          </List>
        </Card>
      ))}
      <Modal
        opened={confirming}
        onClose={close}
        title={t('participants.eraseTitle', { name: person.fullName })}
      >
        <Stack>
          <Text>{t('participants.eraseText')}</Text>
          {erase.error && (
            <Alert color="red" role="alert">
              {t('common.error', { message: erase.error.message })}
            </Alert>
          )}
          <Group justify="end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={erase.isPending} onClick={() => erase.mutate()}>
              {t('participants.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
