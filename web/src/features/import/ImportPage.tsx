import { Alert, Button, FileInput, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useEvent } from '../../app/use-event';
import { JobProgress } from '../../jobs/JobProgress';
import { rejectedRowsCsv } from './rejected-rows-csv';

/** Upload a CSV or JSON file, follow the import, read and download the rejected rows. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { eventId } = useEvent();
  const [file, setFile] = useState<File | null>(null);
  const [finished, setFinished] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      setFinished(false);
      return unwrap(
        api.POST('/events/{eventId}/imports', {
          params: { path: { eventId } },
          body: form as never,
          bodySerializer: (body) => body as FormData,
        }),
      );
    },
  });
  const accepted = upload.data;
  const report = useQuery({
    queryKey: ['import', eventId, accepted?.importId],
    enabled: Boolean(accepted && finished),
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/imports/{importId}', {
          params: { path: { eventId, importId: accepted!.importId } },
        }),
      ),
  });
  const download = () => {
    const rows = report.data?.errors ?? [];
    const header = ['row', 'externalId', 'field', 'reason'].map((key) =>
      t(`importing.columns.${key}`),
    );
    const blob = new Blob([rejectedRowsCsv(rows, header)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `rejected-rows-${accepted?.importId ?? 'import'}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <Stack maw={1000}>
      <Title order={3}>{t('importing.title')}</Title>
      <Text>{t('importing.intro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <Stack>
          <FileInput
            label={t('importing.file')}
            placeholder={t('importing.placeholder')}
            accept=".csv,.json,text/csv,application/json"
            value={file}
            onChange={setFile}
            error={upload.error?.message}
          />
          <Button type="submit" disabled={!file} loading={upload.isPending} w="fit-content">
            {t('importing.submit')}
          </Button>
        </Stack>
      </form>
      {accepted && (
        <JobProgress
          key={accepted.jobId}
          jobId={accepted.jobId}
          label={t('importing.progress')}
          onSettled={() => setFinished(true)}
        />
      )}
      {/* A large CSV is read by the worker: its columns are known only once the job has run. */}
      {accepted?.ignoredColumns && accepted.ignoredColumns.length > 0 && (
        <Text size="sm">
          {t('importing.ignoredColumns', { columns: accepted.ignoredColumns.join(', ') })}
        </Text>
      )}
      {report.data && (
        <Stack>
          {report.data.status === 'failed' && (
            <Alert color="red" role="alert">
              {t('importing.failed', { reason: report.data.failureReason ?? '' })}
            </Alert>
          )}
          <Text fw={600} role="status">
            {t('importing.counts', report.data.counts)}
          </Text>
          <Title order={4}>{t('importing.rejectedTitle')}</Title>
          {report.data.errors.length === 0 ? (
            <Text>{t('importing.noRejected')}</Text>
          ) : (
            <>
              <Button variant="default" onClick={download} w="fit-content">
                {t('importing.download')}
              </Button>
              <Table.ScrollContainer minWidth={600}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('importing.columns.row')}</Table.Th>
                      <Table.Th>{t('importing.columns.externalId')}</Table.Th>
                      <Table.Th>{t('importing.columns.field')}</Table.Th>
                      <Table.Th>{t('importing.columns.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.data.errors.map((error, index) => (
                      <Table.Tr key={`${error.row}-${error.field}-${index}`}>
                        <Table.Td>{error.row}</Table.Td>
                        <Table.Td>{error.externalId ?? '—'}</Table.Td>
                        <Table.Td>{error.field}</Table.Td>
                        <Table.Td>{error.reason}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
