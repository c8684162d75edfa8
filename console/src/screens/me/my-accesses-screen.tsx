import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/auth';
import { MyPersonalDataDocument, MyRecordAccessesDocument } from '../../graphql/generated/graphql';
import { Loading, QueryError } from '../../ui/page-state';
import { useCursorPages } from '../../ui/pager';
import { AuditTable } from '../person/audit-table';

/** Who saw my data: every read and change of the person's record, newest first. */
export function MyAccessesScreen() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, loading, error } = useQuery(MyRecordAccessesDocument, { variables: { after: pages.after } });
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  return (
    <>
      <h1>{t('me.accessesTitle')}</h1>
      <p>{t('me.accessesIntro')}</p>
      <AuditTable entries={data.myRecordAccesses.edges.map(({ node }) => node)} pageInfo={data.myRecordAccesses.pageInfo} pages={pages} />
      <MyDataDownload />
    </>
  );
}

/** The person's access export (GDPR art. 15): everything every subgraph keeps about them, saved as one JSON file. */
function MyDataDownload() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [load, { loading, error }] = useLazyQuery(MyPersonalDataDocument, { fetchPolicy: 'network-only' });
  const [saved, setSaved] = useState<string | null>(null);
  const download = async () => {
    const { data } = await load({ variables: { id: viewer.beneficiaryId ?? '' } });
    if (!data) return;
    const file = `shubh-my-data-${data.personalDataExport.generatedAt.slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(data.personalDataExport, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    URL.revokeObjectURL(url);
    setSaved(file);
  };
  return (
    <section aria-labelledby="my-data-title" className="mt-4">
      <h2 id="my-data-title">{t('me.exportTitle')}</h2>
      <p>{t('me.exportIntro')}</p>
      <Button color="primary" onClick={() => void download()} disabled={loading || !viewer.beneficiaryId}>
        {t('me.exportButton')}
      </Button>
      {error ? <QueryError error={error} /> : null}
      {saved ? <p role="status">{t('me.exportReady', { file: saved })}</p> : null}
    </section>
  );
}
