import { useQuery } from '@apollo/client/react';
import { Badge } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../auth/auth';
import { hasRole } from '../../auth/viewer';
import { AttentionDocument } from '../../graphql/generated/graphql';
import { Empty, Loading, QueryError } from '../../ui/page-state';
import { listName } from '../../ui/person-name';

/** What needs attention now: overdue follow-ups, open critical issues, permits expiring, windows closing. */
export function AttentionScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  // A tutor sees their own cases; coordinators and administrators every tutor's.
  const filter = { allTutors: hasRole(viewer, 'corner-coordinator', 'network-admin') };
  const { data, loading, error } = useQuery(AttentionDocument, { variables: { filter } });
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const person = (beneficiary: { id: string; givenName: string; familyName: string }) => (
    <Link to={`/people/${beneficiary.id}`}>{listName(beneficiary)}</Link>
  );
  return (
    <>
      <h1>{t('attention.title')}</h1>
      <div className="row">
        <AttentionList title={t('attention.overdueFollowUps')} empty={t('attention.noneOverdue')}>
          {data.overdueFollowUps.edges.map(({ node }) => (
            <li key={node.beneficiary.id}>
              {person(node.beneficiary)} — {t('attention.daysOverdue', { count: node.daysOverdue, date: node.dueOn })}
            </li>
          ))}
        </AttentionList>
        <AttentionList title={t('attention.criticalIssues')} empty={t('attention.noneCritical')}>
          {data.openCriticalIssues.edges.map(({ node }) => (
            <li key={node.id}>
              <Badge color={node.severity === 'CRITICAL' || node.severity === 'HIGH' ? 'danger' : 'warning'} className="me-2 text-dark">
                {t(`enum.CriticalIssueSeverity.${node.severity}`)}
              </Badge>
              {person(node.beneficiary)}: {node.description}
            </li>
          ))}
        </AttentionList>
        <AttentionList title={t('attention.permitsExpiring')} empty={t('attention.nonePermits')}>
          {data.permitsExpiring.edges.map(({ node }) => (
            <li key={node.id}>
              {person(node.beneficiary)} — {t('attention.permitExpires', { date: node.permitExpiresOn })}
            </li>
          ))}
        </AttentionList>
        <AttentionList title={t('attention.windowsClosing')} empty={t('attention.noneWindows')}>
          {data.eligibilityWindowsClosing.edges.map(({ node }) => (
            <li key={node.id}>
              {person(node)} —{' '}
              {t('eligibility.windowCloses', { date: node.eligibility.windowClosesOn, count: node.eligibility.daysLeft ?? 0 })}
            </li>
          ))}
        </AttentionList>
      </div>
    </>
  );
}

function AttentionList({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <section className="col-lg-6 mb-4" aria-label={title}>
      <h2 className="h4">{title}</h2>
      {children.length === 0 ? <Empty title={empty} /> : <ul>{children}</ul>}
    </section>
  );
}
