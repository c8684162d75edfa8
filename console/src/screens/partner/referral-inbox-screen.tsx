import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralViewerCan } from '../../access/viewer-can';
import { useViewer } from '../../auth/auth';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import {
  AcceptReferralDocument,
  CompleteReferralDocument,
  ReceiveReferralDocument,
  ReferralInboxDocument,
  RejectReferralDocument,
  type ReferralFieldsFragment,
  type ReferralStatus,
} from '../../graphql/generated/graphql';
import { ReferralStatusBadge } from '../../ui/badges';
import { SelectField } from '../../ui/field';
import { InlineTextForm } from '../../ui/inline-form';
import { Pager, useCursorPages } from '../../ui/pager';
import { useFailures } from '../../ui/use-failures';
import { Empty, FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { displayName } from '../../ui/person-name';

const STATUSES: ReferralStatus[] = ['SENT', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'CANCELLED', 'EXPIRED'];

/**
 * The referrals addressed to the partner's organisation. A person's name shows only while the graph lets the
 * organisation see them (an open referral and their consent to share in force); otherwise the row says so.
 */
export function ReferralInboxScreen() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [status, setStatus] = useState('');
  const pages = useCursorPages();
  const { data, loading, error } = useQuery(ReferralInboxDocument, {
    variables: {
      filter: {
        ...(viewer.organisationId ? { toOrganisationId: viewer.organisationId } : {}),
        ...(status ? { status: status as ReferralStatus } : {}),
      },
      after: pages.after,
    },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <QueryError error={error} />;
  const people = new Map((data?.beneficiaries.edges ?? []).map(({ node }) => [node.id, displayName(node)]));
  const page = data?.referrals;
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <div className="row">
        <div className="col-md-4">
          <SelectField
            id="inbox-status"
            label={t('inbox.status')}
            value={status}
            onChange={(value) => {
              setStatus(value);
              pages.reset();
            }}
            options={[
              { value: '', label: t('inbox.allStatuses') },
              ...STATUSES.map((each) => ({ value: each, label: t(`enum.ReferralStatus.${each}`) })),
            ]}
          />
        </div>
      </div>
      {loading && !page && <Loading />}
      {page && page.edges.length === 0 && <Empty title={t('inbox.emptyTitle')}>{t('inbox.emptyHint')}</Empty>}
      <ul className="list-unstyled">
        {page?.edges.map(({ node }) => (
          <ReferralItem key={node.id} referral={node} person={node.beneficiary ? people.get(node.beneficiary.id) : undefined} />
        ))}
      </ul>
      <Pager pages={pages} pageInfo={page?.pageInfo} />
    </>
  );
}

function ReferralItem({ referral, person }: { referral: ReferralFieldsFragment; person?: string }) {
  const { t } = useTranslation();
  const can = referralViewerCan(referral);
  const { failures, run } = useFailures();
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [receive, receiving] = useMutation(ReceiveReferralDocument, options);
  const [accept, accepting] = useMutation(AcceptReferralDocument, options);
  const [reject, rejecting] = useMutation(RejectReferralDocument, options);
  const [complete, completing] = useMutation(CompleteReferralDocument, options);
  const busy = receiving.loading || accepting.loading || rejecting.loading || completing.loading;
  const label = person ?? t('inbox.personNotShared');
  return (
    <li className="goal-card" data-testid="referral">
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <h2 className="h5 mb-1">{referral.service.name}</h2>
        <ReferralStatusBadge status={referral.status} />
      </div>
      <p className="mb-1">
        <strong data-testid="referral-person">{label}</strong> · {t('inbox.from', { corner: referral.fromCorner.name })}
      </p>
      <p className="small mb-2">
        {t('inbox.sentOn', { date: referral.sentAt.slice(0, 10) })} · {t('inbox.dueOn', { date: referral.responseDueOn })}
        {referral.overdue && <strong className="text-danger"> · {t('inbox.overdue')}</strong>}
      </p>
      <FailureSummary failures={unplacedFailures(failures, ['reason', 'outcome'])} />
      <div className="page-actions">
        {can.receive && (
          <Button color="primary" size="sm" disabled={busy} onClick={() => void run(() => receive({ variables: { id: referral.id } }))}>
            {t('inbox.receive')}
          </Button>
        )}
        {can.accept && (
          <Button color="success" size="sm" disabled={busy} onClick={() => void run(() => accept({ variables: { id: referral.id } }))}>
            {t('inbox.accept')}
          </Button>
        )}
      </div>
      {can.reject && (
        <InlineTextForm
          id={`reject-${referral.id}`}
          label={t('inbox.rejectReason')}
          submitLabel={t('inbox.reject')}
          color="danger"
          busy={busy}
          error={fieldError(failures, 'reason')}
          onSubmit={(reason) => void run(() => reject({ variables: { id: referral.id, reason } }))}
        />
      )}
      {can.complete && (
        <InlineTextForm
          id={`complete-${referral.id}`}
          label={t('inbox.outcome')}
          submitLabel={t('inbox.complete')}
          busy={busy}
          error={fieldError(failures, 'outcome')}
          onSubmit={(outcome) => void run(() => complete({ variables: { id: referral.id, outcome } }))}
        />
      )}
    </li>
  );
}
