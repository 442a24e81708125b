import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { plainError, plainFieldReason } from './plain-error';

/** An API refusal shown where it happened, in the organiser's words (the service's as detail). */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { key, values } = plainError(error);
  return (
    <Alert color="red" role="alert">
      {t(`plainErrors.${key}`, values)}
    </Alert>
  );
}

/** Hook-free translation of a field's reason, for an input's `error` prop. */
export function useFieldReason() {
  const { t } = useTranslation();
  return (reason: string | undefined) => {
    if (!reason) return undefined;
    const { key, values } = plainFieldReason(reason);
    return t(`plainErrors.fields.${key}`, values);
  };
}
