import { Button, CloseButton, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedPair, PickedParticipant } from './schedule-form';
import { addPair } from './schedule-form';
import type { Participant } from './use-participants';

/** Pairs of participants picked by typing part of a name (or organisation). */
export function PairPicker({
  title,
  idPrefix,
  participants,
  pairs,
  onChange,
  error,
}: {
  title: string;
  idPrefix: string;
  participants: Participant[];
  pairs: PickedPair[];
  onChange: (pairs: PickedPair[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const options = participants.map((participant) => ({
    value: participant.externalId,
    label: `${participant.fullName} — ${participant.organisation}`,
  }));
  const picked = (externalId: string | null): PickedParticipant | null => {
    const found = participants.find((participant) => participant.externalId === externalId);
    return found ? { externalId: found.externalId, fullName: found.fullName } : null;
  };
  const first = picked(a);
  const second = picked(b);
  const add = () => {
    if (!first || !second) return;
    onChange(addPair(pairs, { a: first, b: second }));
    setA(null);
    setB(null);
  };

  return (
    <Stack gap="xs" component="fieldset" style={{ border: 'none', padding: 0, margin: 0 }}>
      <Text component="legend" fw={600}>
        {title}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          id={`${idPrefix}-a`}
          label={t('schedules.form.pairFirst', { title })}
          placeholder={t('schedules.form.searchName')}
          data={options}
          value={a}
          onChange={setA}
          searchable
          clearable
          limit={20}
          nothingFoundMessage={t('schedules.form.nobody')}
          w={300}
        />
        <Select
          id={`${idPrefix}-b`}
          label={t('schedules.form.pairSecond', { title })}
          placeholder={t('schedules.form.searchName')}
          data={options}
          value={b}
          onChange={setB}
          searchable
          clearable
          limit={20}
          nothingFoundMessage={t('schedules.form.nobody')}
          w={300}
        />
        <Button variant="default" onClick={add} disabled={!first || !second || a === b}>
          {t('schedules.form.addPair', { title })}
        </Button>
      </Group>
      {pairs.length > 0 && (
        <List>
          {pairs.map((pair) => (
            <List.Item key={`${pair.a.externalId}|${pair.b.externalId}`}>
              <Group gap="xs">
                <span>
                  {pair.a.fullName} ↔ {pair.b.fullName}
                </span>
                <CloseButton
                  size="sm"
                  aria-label={t('schedules.form.removePair', {
                    a: pair.a.fullName,
                    b: pair.b.fullName,
                  })}
                  onClick={() => onChange(pairs.filter((other) => other !== pair))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
