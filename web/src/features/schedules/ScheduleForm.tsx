import {
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { ErrorText, useFieldReason } from '../plain-errors/ErrorText';
import { PairPicker } from './PairPicker';
import { formFieldOf, scheduleRequestOf } from './schedule-form';
import type { ScheduleFormValues } from './schedule-form';
import { useAllParticipants } from './use-participants';

type Accepted = { scheduleId: string; jobId: string };

/** The schedule's request: rounds, tables, times, limits and pairs; solving starts on submit. */
export function ScheduleForm({
  eventId,
  timeZone,
  initial,
  submitLabel,
  onAccepted,
}: {
  eventId: string;
  timeZone: string;
  initial: ScheduleFormValues;
  submitLabel: string;
  onAccepted: (accepted: Accepted) => void;
}) {
  const { t } = useTranslation();
  const fieldReason = useFieldReason();
  const [values, setValues] = useState<ScheduleFormValues>(initial);
  const participants = useAllParticipants(eventId);
  // A second click before the first request's answer must not queue a second solve.
  const sending = useRef(false);
  const solve = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{eventId}/schedules', {
          params: { path: { eventId } },
          body: scheduleRequestOf(values, timeZone),
        }),
      ),
    onSuccess: onAccepted,
  });
  const reasons: Record<string, string> = {};
  if (solve.error instanceof ApiError) {
    for (const [field, reason] of Object.entries(solve.error.byField())) {
      reasons[formFieldOf(field)] ??= reason;
    }
  }
  const errorOf = (field: string) => fieldReason(reasons[field]);
  const set =
    <K extends keyof ScheduleFormValues>(key: K) =>
    (value: ScheduleFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const numberInput = (
    key: 'rounds' | 'tables' | 'roundMinutes' | 'breakMinutes' | 'minMeetings' | 'maxMeetings',
    extra: { min?: number; max?: number; description?: string } = {},
  ) => (
    <NumberInput
      label={t(`schedules.form.${key}`)}
      value={values[key]}
      onChange={(value) => set(key)(value === '' ? '' : Number(value))}
      allowDecimal={false}
      error={errorOf(key)}
      {...extra}
    />
  );

  return (
    <Stack
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (sending.current) return;
        sending.current = true;
        solve.mutate(undefined, { onSettled: () => (sending.current = false) });
      }}
    >
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {numberInput('rounds', { min: 1, max: 48 })}
        {numberInput('tables', { min: 1, max: 5000 })}
        <TextInput
          type="datetime-local"
          label={t('schedules.form.start', { zone: timeZone })}
          value={values.start}
          onChange={(event) => set('start')(event.currentTarget.value)}
          error={errorOf('startAt')}
          required
        />
        {numberInput('roundMinutes', { min: 1, max: 240 })}
        {numberInput('breakMinutes', { min: 0, max: 240 })}
        {numberInput('minMeetings', { min: 0, max: 48 })}
        {numberInput('maxMeetings', {
          min: 1,
          max: 48,
          description: t('schedules.form.maxMeetingsHint'),
        })}
        <NumberInput
          label={t('schedules.form.minScore')}
          description={t('schedules.form.minScoreHint')}
          value={values.minScore}
          onChange={(value) => set('minScore')(value === '' ? '' : Number(value))}
          min={0}
          max={1}
          step={0.05}
          decimalScale={2}
          error={errorOf('minScore')}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Text fw={600}>{t('schedules.form.breaks')}</Text>
        {values.breaks.map((entry, index) => (
          <Group key={index} align="flex-end">
            <NumberInput
              label={t('schedules.form.breakAfter', { index: index + 1 })}
              value={entry.afterRound}
              min={1}
              allowDecimal={false}
              onChange={(value) =>
                set('breaks')(
                  values.breaks.map((other, at) =>
                    at === index
                      ? { ...other, afterRound: value === '' ? '' : Number(value) }
                      : other,
                  ),
                )
              }
            />
            <NumberInput
              label={t('schedules.form.breakLength', { index: index + 1 })}
              value={entry.minutes}
              min={1}
              allowDecimal={false}
              onChange={(value) =>
                set('breaks')(
                  values.breaks.map((other, at) =>
                    at === index ? { ...other, minutes: value === '' ? '' : Number(value) } : other,
                  ),
                )
              }
            />
            <Button
              variant="default"
              onClick={() => set('breaks')(values.breaks.filter((_, at) => at !== index))}
            >
              {t('schedules.form.removeBreak', { index: index + 1 })}
            </Button>
          </Group>
        ))}
        {reasons.breaks && (
          <Text c="red" size="sm" role="alert">
            {errorOf('breaks')}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => set('breaks')([...values.breaks, { afterRound: '', minutes: 30 }])}
          >
            {t('schedules.form.addBreak')}
          </Button>
        </Group>
      </Stack>
      <Switch
        label={t('schedules.form.allowInterpreterPairs')}
        checked={values.allowInterpreterPairs}
        onChange={(event) => set('allowInterpreterPairs')(event.currentTarget.checked)}
      />
      <PairPicker
        title={t('schedules.form.mustMeet')}
        idPrefix="must-meet"
        participants={participants.data ?? []}
        pairs={values.mustMeet}
        onChange={set('mustMeet')}
        error={errorOf('mustMeet')}
      />
      <PairPicker
        title={t('schedules.form.mustNotMeet')}
        idPrefix="must-not-meet"
        participants={participants.data ?? []}
        pairs={values.mustNotMeet}
        onChange={set('mustNotMeet')}
        error={errorOf('mustNotMeet')}
      />
      <ErrorText error={participants.error} />
      <ErrorText error={solve.error} />
      <Group>
        <Button type="submit" loading={solve.isPending} disabled={solve.isPending}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
