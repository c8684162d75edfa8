import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { beneficiaryViewerCan } from '../../access/viewer-can';
import { useViewer } from '../../auth/auth';
import { AgreeActionPlanDocument, MyRecordDocument } from '../../graphql/generated/graphql';
import { Empty, FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';
import { PlanView } from '../plan/plan-view';

/** The person's own plan, in their language, with their agreement; and when they are next seen. */
export function MyPlanScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(MyRecordDocument, {
    variables: { id: viewer.beneficiaryId ?? '' },
    skip: !viewer.beneficiaryId,
  });
  const [agree, agreeing] = useMutation(AgreeActionPlanDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const { failures, run } = useFailures();
  if (error) return <QueryError error={error} />;
  if (loading || !data) return <Loading />;
  const me = data.beneficiary;
  const plan = me.actionPlan;
  const can = beneficiaryViewerCan(me);
  return (
    <>
      <h1>{t('me.planTitle', { name: me.givenName })}</h1>
      <section aria-labelledby="appointments-title" className="callout note">
        <h2 id="appointments-title" className="callout-title">
          {t('me.appointments')}
        </h2>
        <p className="mb-1">{me.nextFollowUpDue ? t('me.nextMeeting', { date: me.nextFollowUpDue }) : t('me.noMeeting')}</p>
        {me.followUps.edges.length > 0 && (
          <p className="mb-0 small">{t('me.pastMeetings', { dates: me.followUps.edges.map(({ node }) => node.heldOn).join(', ') })}</p>
        )}
      </section>
      {!plan && <Empty title={t('me.noPlanTitle')}>{t('me.noPlanHint')}</Empty>}
      {plan && (
        <>
          <PlanView plan={plan} />
          <FailureSummary failures={failures} />
          {can.agreeActionPlan && (
            <Button
              color="primary"
              disabled={agreeing.loading}
              onClick={() => void run(() => agree({ variables: { planId: plan.id, input: { expectedRevision: plan.revision } } }))}
            >
              {t('me.agree')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
