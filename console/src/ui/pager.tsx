import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Cursor paging as the graph does it: the cursors of the pages before this one; `after` asks for this page. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    hasPrevious: cursors.length > 0,
    previous: () => setCursors(cursors.slice(0, -1)),
    next: (cursor: string) => setCursors([...cursors, cursor]),
    reset: () => setCursors([]),
  };
}

export function Pager({
  pages,
  pageInfo,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="page-actions">
      <Button color="primary" outline disabled={!pages.hasPrevious} onClick={pages.previous}>
        {t('common.previous')}
      </Button>
      <Button
        color="primary"
        outline
        disabled={!pageInfo?.hasNextPage}
        onClick={() => pageInfo?.endCursor && pages.next(pageInfo.endCursor)}
      >
        {t('common.next')}
      </Button>
    </div>
  );
}
