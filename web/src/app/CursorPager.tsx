import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "First page" and "Next page" of a list read with the API's cursors: `cursors` holds the
 * cursor of each page shown so far, so going back to the start is forgetting them all.
 */
export function CursorPager({
  cursors,
  setCursors,
  nextCursor,
}: {
  cursors: string[];
  setCursors: (cursors: string[]) => void;
  nextCursor: string | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      {cursors.length > 0 && (
        <Button variant="default" onClick={() => setCursors([])}>
          {t('common.first')}
        </Button>
      )}
      {nextCursor && (
        <Button variant="default" onClick={() => setCursors([...cursors, nextCursor])}>
          {t('common.next')}
        </Button>
      )}
    </Group>
  );
}
