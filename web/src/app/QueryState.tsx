import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

/** What a page shows while its data loads or when the service refused it. */
export function QueryState({ error, loading }: { error: unknown; loading: boolean }) {
  const { t } = useTranslation();
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retrying = error instanceof ApiError && error.status === 503;
    return (
      <Alert color="red" role="alert">
        {retrying ? t('common.retrying') : t('common.error', { message })}
      </Alert>
    );
  }
  if (loading) return <Loader aria-label={t('common.loading')} />;
  return null;
}
