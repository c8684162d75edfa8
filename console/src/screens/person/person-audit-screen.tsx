import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PersonAuditDocument } from '../../graphql/generated/graphql';
import { Loading, QueryError } from '../../ui/page-state';
import { useCursorPages } from '../../ui/pager';
import { AuditTable } from './audit-table';

/** A person's audit trail, for the roles the graph lets read it (FORBIDDEN otherwise, shown as such). */
export function PersonAuditScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const pages = useCursorPages();
  const { data, loading, error } = useQuery(PersonAuditDocument, { variables: { id, after: pages.after } });
  return (
    <>
      <p>
        <Link to={`/people/${id}`}>← {t('audit.back')}</Link>
      </p>
      <h1>{t('person.auditTrail')}</h1>
      {error && <QueryError error={error} />}
      {loading && !data && <Loading />}
      {data && (
        <AuditTable
          entries={data.beneficiary.auditTrail.edges.map(({ node }) => node)}
          pageInfo={data.beneficiary.auditTrail.pageInfo}
          pages={pages}
        />
      )}
    </>
  );
}
