import { Alert, Button, Container, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { saveSession } from './session';
import type { Session } from './session';

/** Learns what a key opens from `GET /events`: every event (admin) or its own event. */
async function sessionOf(key: string): Promise<Session | 'unknown' | 'frontend' | 'no-event'> {
  const { data, response } = await api.GET('/events', {
    params: { query: { limit: 1 } },
    headers: { Authorization: `Bearer ${key}` },
  });
  if (response.status === 401) return 'unknown';
  if (response.status === 403) return 'frontend';
  if (!data) throw new Error(String(response.status));
  if (data.scope === 'all') return { key, scope: 'all' };
  const event = data.items[0];
  return event ? { key, scope: 'event', eventId: event.id } : 'no-event';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) return setProblem(t('auth.required'));
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await sessionOf(trimmed);
      if (outcome === 'unknown') return setProblem(t('auth.unknownKey'));
      if (outcome === 'frontend') return setProblem(t('auth.frontendKey'));
      if (outcome === 'no-event') return setProblem(t('auth.noEvent'));
      saveSession(outcome);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/sign-in' ? from : '/', { replace: true });
    } catch (error) {
      setProblem(t('common.error', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={460} py="xl" component="main">
      <Stack>
        <LanguageSwitch />
        <Title order={1}>{t('common.appName')}</Title>
        <Title order={2} size="h3">
          {t('auth.title')}
        </Title>
        <Text>{t('auth.intro')}</Text>
        <form onSubmit={submit} noValidate>
          <Stack>
            <PasswordInput
              label={t('auth.keyLabel')}
              description={t('auth.keyDescription')}
              value={key}
              onChange={(event) => setKey(event.currentTarget.value)}
              error={problem ?? undefined}
              autoComplete="off"
              autoFocus
            />
            <Button type="submit" loading={busy}>
              {t('auth.submit')}
            </Button>
          </Stack>
        </form>
        {problem && (
          <Alert color="red" role="alert" title={t('auth.title')}>
            {problem}
          </Alert>
        )}
      </Stack>
    </Container>
  );
}
