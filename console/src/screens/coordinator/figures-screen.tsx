import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CaseloadFiguresDocument, type CaseStatus } from '../../graphql/generated/graphql';
import { Empty, Loading, QueryError } from '../../ui/page-state';

/** The programme's expected result: greater autonomy for 295 beneficiaries. */
const TARGET = 295;
const STATUSES: CaseStatus[] = ['REFERRED', 'ENROLLED', 'ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS', 'CLOSED'];

/**
 * The corners' figures: cases per corner and status (counts under 5 withheld by the graph), and the people taken
 * in charge against the 295 target. The results module's indicators join this screen when the graph has them.
 */
export function FiguresScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CaseloadFiguresDocument, { variables: {} });
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const rows = data.caseloadIndicators;
  if (rows.length === 0) return <Empty title={t('figures.emptyTitle')} />;
  const corners = [...new Map(rows.map((row) => [row.integraCorner.id, row.integraCorner])).values()];
  const cell = (cornerId: string, status: CaseStatus) => rows.find((row) => row.integraCorner.id === cornerId && row.caseStatus === status);
  const takenInCharge = rows.filter((row) => row.caseStatus !== 'REFERRED');
  const enrolled = takenInCharge.reduce((sum, row) => sum + (row.count ?? 0), 0);
  // Counts under 5 are withheld: the total is then a lower bound, and says so.
  const withheld = takenInCharge.some((row) => row.suppressed);
  const share = Math.min(100, Math.round((enrolled / TARGET) * 100));
  return (
    <>
      <h1>{t('figures.title')}</h1>
      <section aria-labelledby="target-title" className="mb-4">
        <h2 id="target-title" className="h4">
          {t('figures.target', { target: TARGET })}
        </h2>
        <p>{t(withheld ? 'figures.enrolledAtLeast' : 'figures.enrolled', { count: enrolled, target: TARGET, share })}</p>
        <div
          className="progress"
          style={{ height: '1.5rem' }}
          role="progressbar"
          aria-valuenow={enrolled}
          aria-valuemin={0}
          aria-valuemax={TARGET}
          aria-label={t('figures.target', { target: TARGET })}
        >
          <div className="progress-bar bg-primary" style={{ width: `${share}%` }} />
        </div>
      </section>
      <div className="table-responsive" tabIndex={0} role="region" aria-label={t('figures.caption')}>
        <table className="table">
          <caption>{t('figures.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseload.corner')}</th>
              {STATUSES.map((status) => (
                <th scope="col" key={status}>
                  {t(`enum.CaseStatus.${status}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {corners.map((corner) => (
              <tr key={corner.id}>
                <th scope="row">{corner.name}</th>
                {STATUSES.map((status) => {
                  const value = cell(corner.id, status);
                  return <td key={status}>{value ? (value.suppressed ? t('figures.suppressed') : value.count) : 0}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
