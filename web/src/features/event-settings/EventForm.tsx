import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { formFieldOf, WEIGHT_PARTS } from './event-form';
import type { EventFormValues } from './event-form';

/**
 * The event's fields, for creating and editing. The service validates; its reasons are put
 * next to each field and nothing typed is lost.
 */
export function EventForm({
  initial,
  creating,
  busy,
  onSubmit,
}: {
  initial: EventFormValues;
  creating: boolean;
  busy: boolean;
  onSubmit: (values: EventFormValues) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm<EventFormValues>({ mode: 'controlled', initialValues: initial });
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const reasons: Record<string, string> = {};
      for (const [field, reason] of Object.entries(error.byField())) {
        reasons[formFieldOf(field)] = reason;
      }
      form.setErrors(Object.keys(reasons).length ? reasons : { name: error.message });
    }
  });
  const hasErrors = Object.keys(form.errors).length > 0;

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <Fieldset legend={t('eventSettings.general')}>
          <SimpleGrid cols={2}>
            <TextInput label={t('eventSettings.name')} required {...form.getInputProps('name')} />
            <TextInput
              label={t('eventSettings.slug')}
              description={t('eventSettings.slugHelp')}
              disabled={!creating}
              {...form.getInputProps('slug')}
            />
            <DatePickerInput
              label={t('eventSettings.startsOn')}
              clearable
              locale={i18n.language}
              valueFormat="YYYY-MM-DD"
              {...form.getInputProps('startsOn')}
            />
            <DatePickerInput
              label={t('eventSettings.endsOn')}
              clearable
              locale={i18n.language}
              valueFormat="YYYY-MM-DD"
              {...form.getInputProps('endsOn')}
            />
            <Select
              label={t('eventSettings.timezone')}
              data={zones}
              searchable
              allowDeselect={false}
              {...form.getInputProps('timezone')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('eventSettings.contact')}>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('eventSettings.organiserName')}
              {...form.getInputProps('organiserName')}
            />
            <TextInput
              type="email"
              label={t('eventSettings.organiserEmail')}
              {...form.getInputProps('organiserEmail')}
            />
          </SimpleGrid>
          <TagsInput
            mt="sm"
            label={t('eventSettings.corsOrigins')}
            description={t('eventSettings.corsOriginsHelp')}
            {...form.getInputProps('corsOrigins')}
          />
        </Fieldset>
        <Fieldset legend={t('eventSettings.matching')}>
          <Group align="end">
            <NumberInput
              label={t('eventSettings.topK')}
              min={1}
              max={200}
              allowDecimal={false}
              {...form.getInputProps('topK')}
            />
            <Switch
              label={t('eventSettings.crossCountryOnly')}
              {...form.getInputProps('crossCountryOnly', { type: 'checkbox' })}
            />
          </Group>
          <Fieldset legend={t('eventSettings.weights')} mt="sm" variant="unstyled">
            <SimpleGrid cols={5}>
              {WEIGHT_PARTS.map((part) => (
                <NumberInput
                  key={part}
                  label={t(`eventSettings.weight.${part}`)}
                  min={0}
                  max={1}
                  step={0.05}
                  decimalScale={2}
                  {...form.getInputProps(`weights.${part}`)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        </Fieldset>
        {hasErrors && (
          <Alert color="red" role="alert">
            {t('eventSettings.fixErrors')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {creating ? t('eventSettings.create') : t('eventSettings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
