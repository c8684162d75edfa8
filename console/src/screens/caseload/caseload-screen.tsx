import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../auth/auth';
import { hasRole } from '../../auth/viewer';
import { CaseloadDocument, CornersDocument, type CaseStatus } from '../../graphql/generated/graphql';
import { CaseStatusBadge, EligibilityBadge } from '../../ui/badges';
import { SelectField } from '../../ui/field';
import { Empty, Loading, QueryError } from '../../ui/page-state';
import { Pager, useCursorPages } from '../../ui/pager';
import { listName } from '../../ui/person-name';

const PAGE_SIZE = 20;
const STATUSES: CaseStatus[] = ['REFERRED', 'ENROLLED', 'ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS', 'CLOSED'];

/** The caseload: the people of the viewer's corners, filtered, a page at a time by cursor. */
export function CaseloadScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [corner, setCorner] = useState('');
  const [status, setStatus] = useState('');
  const [mine, setMine] = useState(false);
  const pages = useCursorPages();
  const after = pages.after;
  const filter = {
    ...(corner ? { integraCornerId: corner } : {}),
    ...(status ? { caseStatuses: [status as CaseStatus] } : {}),
    ...(mine ? { tutorUserId: viewer.userId } : {}),
  };
  const { data, loading, error } = useQuery(CaseloadDocument, { variables: { filter, first: PAGE_SIZE, after } });
  const corners = useQuery(CornersDocument);
  const myCorners = (corners.data?.integraCorners ?? []).filter(
    (each) => hasRole(viewer, 'network-admin') || viewer.cornerIds.includes(each.id),
  );
  const resetPaging = pages.reset;
  const page = data?.beneficiaries;

  return (
    <>
      <h1 className="mb-4">{t('caseload.title')}</h1>
      <form className="row g-3 align-items-end" aria-label={t('caseload.filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="col-md-4">
          <SelectField
            id="filter-corner"
            label={t('caseload.corner')}
            value={corner}
            onChange={(value) => {
              setCorner(value);
              resetPaging();
            }}
            options={[{ value: '', label: t('caseload.allCorners') }, ...myCorners.map((each) => ({ value: each.id, label: each.name }))]}
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="filter-status"
            label={t('caseload.status')}
            value={status}
            onChange={(value) => {
              setStatus(value);
              resetPaging();
            }}
            options={[
              { value: '', label: t('caseload.allStatuses') },
              ...STATUSES.map((each) => ({ value: each, label: t(`enum.CaseStatus.${each}`) })),
            ]}
          />
        </div>
        {hasRole(viewer, 'tutor') && (
          <div className="col-md-4 mb-3">
            <div className="form-check">
              <input
                id="filter-mine"
                type="checkbox"
                checked={mine}
                onChange={(event) => {
                  setMine(event.target.checked);
                  resetPaging();
                }}
              />
              <label htmlFor="filter-mine">{t('caseload.onlyMine')}</label>
            </div>
          </div>
        )}
      </form>

      {error && <QueryError error={error} />}
      {loading && !page && <Loading />}
      {page && page.edges.length === 0 && <Empty title={t('caseload.emptyTitle')}>{t('caseload.emptyHint')}</Empty>}
      {page && page.edges.length > 0 && (
        <div className="table-responsive" tabIndex={0} role="region" aria-label={t('caseload.title')}>
          <table className="table table-hover" aria-busy={loading}>
            <caption className="visually-hidden">{t('caseload.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('caseload.status')}</th>
                <th scope="col">{t('caseload.corner')}</th>
                <th scope="col">{t('eligibility.title')}</th>
                <th scope="col">{t('caseload.nextFollowUp')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link to={`/people/${node.id}`}>{listName(node)}</Link>
                  </th>
                  <td>
                    <CaseStatusBadge status={node.caseStatus} />
                  </td>
                  <td>{node.integraCorner.name}</td>
                  <td>
                    <EligibilityBadge eligibility={node.eligibility} />
                  </td>
                  <td>{node.nextFollowUpDue ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager pages={pages} pageInfo={page?.pageInfo} />
    </>
  );
}
