import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyRecordAccessesDocument } from '../../graphql/generated/graphql';
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
    </>
  );
}
