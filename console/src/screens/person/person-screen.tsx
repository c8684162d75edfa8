import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, CardBody } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { beneficiaryViewerCan } from '../../access/viewer-can';
import { useViewer } from '../../auth/auth';
import { fieldError, unplacedFailures } from '../../graphql/errors';
import {
  EnrolBeneficiaryDocument,
  GrantConsentDocument,
  OrganisationsDocument,
  PersonDocument,
  PersonPlanDocument,
  type ConsentPurpose,
  type PersonQuery,
} from '../../graphql/generated/graphql';
import { CaseStatusBadge, EligibilityBadge } from '../../ui/badges';
import { SelectField } from '../../ui/field';
import { FailureSummary, Loading, QueryError } from '../../ui/page-state';
import { useFailures } from '../../ui/use-failures';
import { todayInItaly } from '../../ui/dates';
import { ConsentList } from '../consent/consent-list';
import { AssessmentSection } from './assessment-section';
import { CaseStatusSection } from './case-status-section';
import { FollowUpSection } from './follow-up-section';
import { PlanView } from '../plan/plan-view';
import { displayName } from '../../ui/person-name';

type Person = PersonQuery['beneficiary'];

/** A person's record: who they are, eligibility with its reasons, the whole path as a timeline, consents, the plan. */
export function PersonScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PersonDocument, { variables: { id }, errorPolicy: 'all' });
  if (loading && !data) return <Loading />;
  if (!data?.beneficiary) return <QueryError error={error} />;
  const person = data.beneficiary;
  const can = beneficiaryViewerCan(person);
  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-3 mb-2">
        <h1 className="mb-0">{displayName(person)}</h1>
        <CaseStatusBadge status={person.caseStatus} />
      </div>
      <p>
        {person.integraCorner.name} · {t(`enum.ProtectionStatus.${person.protectionStatus}`)} ·{' '}
        {t('person.born', { date: person.birthDate })} · {person.citizenship}
      </p>
      <div className="page-actions">
        {(can.draftActionPlan || can.reviseActionPlan || person.actionPlan) && (
          <Link className="btn btn-primary" to={`/people/${person.id}/plan`}>
            {person.actionPlan ? t('person.openPlan') : t('person.draftPlan')}
          </Link>
        )}
        {can.sendReferral && (
          <Link className="btn btn-outline-primary" to={`/people/${person.id}/services`}>
            {t('person.eligibleServices')}
          </Link>
        )}
        <Link className="btn btn-outline-primary" to={`/people/${person.id}/labour`}>
          {t('person.labour')}
        </Link>
        {can.readAuditTrail && (
          <Link className="btn btn-outline-secondary" to={`/people/${person.id}/audit`}>
            {t('person.auditTrail')}
          </Link>
        )}
      </div>
      {can.enrol && <EnrolForm person={person} />}
      <div className="row">
        <div className="col-lg-6">
          <Card className="mb-4 card-bg p-3">
            <CardBody>
              <h2 className="h4">{t('eligibility.title')}</h2>
              <EligibilityBadge eligibility={person.eligibility} />
              <dl className="mt-3">
                <dt>{t('eligibility.receptionExit')}</dt>
                <dd>
                  {person.receptionExitDate} ({t(`enum.ReceptionType.${person.receptionType}`)}) ·{' '}
                  {t('eligibility.months', { count: person.eligibility.monthsSinceReceptionExit })}
                </dd>
                <dt>{t('eligibility.reasons')}</dt>
                <dd>
                  <ul className="mb-0">
                    {person.eligibility.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </dd>
              </dl>
            </CardBody>
          </Card>
          <AssessmentSection person={person} canRecord={can.recordAssessment} />
          <section aria-labelledby="consents-title" className="mb-4">
            <h2 id="consents-title" className="h4">
              {t('consent.title')}
            </h2>
            <ConsentList consents={person.consents} beneficiaryId={person.id} canManage={can.manageConsents} />
            {can.manageConsents && <RecordConsentForm person={person} />}
          </section>
        </div>
        <div className="col-lg-6">
          <section aria-labelledby="timeline-title" className="mb-4">
            <h2 id="timeline-title" className="h4">
              {t('timeline.title')}
            </h2>
            <Timeline person={person} />
          </section>
          <FollowUpSection person={person} canRecord={can.recordFollowUp} />
          <CaseStatusSection person={person} canChange={can.changeStatus} canReopen={can.reopen} />
        </div>
      </div>
      {person.actionPlan && <PersonPlanSection id={person.id} />}
    </>
  );
}

/** The plan in force, in full: a query of its own, so the record stays within the gateway's cost limit. */
function PersonPlanSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(PersonPlanDocument, { variables: { id } });
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title" className="h4">
        {t('plan.title')}
      </h2>
      {error && <QueryError error={error} />}
      {!data && !error && <Loading />}
      {data?.beneficiary.actionPlan && <PlanView plan={data.beneficiary.actionPlan} />}
    </section>
  );
}

/** The whole path, newest first: status changes, plan versions, follow-ups, services received. */
function Timeline({ person }: { person: Person }) {
  const { t } = useTranslation();
  const events = [
    ...person.statusHistory.map((change) => ({
      at: change.changedAt,
      text: t('timeline.status', { to: t(`enum.CaseStatus.${change.to}`) }) + (change.note ? ` — ${change.note}` : ''),
    })),
    ...person.actionPlanHistory.edges.map(({ node }) => ({
      at: node.createdAt,
      text: t('timeline.planVersion', { version: node.version }) + (node.reason ? ` — ${node.reason}` : ''),
    })),
    ...person.followUps.edges.map(({ node }) => ({ at: node.heldOn, text: t('timeline.followUp') })),
    ...person.serviceHistory.map((enrollment) => ({
      at: enrollment.startedOn,
      text: t('timeline.service', { service: enrollment.service.name, status: t(`enum.EnrollmentStatus.${enrollment.status}`) }),
    })),
    // Received before SHUBH, outside the catalogue (a withdrawn record was a mistake: not part of the path).
    ...person.externalServices
      .filter((received) => received.withdrawal === null)
      .map((received) => ({
        at: received.startedOn,
        text: t('timeline.externalService', {
          area: t(`enum.ServiceArea.${received.area}`),
          programme: received.programme,
          provider: received.providerName,
        }),
      })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  if (events.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <ol className="timeline-list">
      {events.map((event, index) => (
        <li key={index}>
          <time dateTime={event.at}>{event.at.slice(0, 10)}</time> — {event.text}
        </li>
      ))}
    </ol>
  );
}

/** A tutor of the corner takes a referred person's case: refused, with the reason, when they are not eligible. */
function EnrolForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { failures, run } = useFailures();
  const [enrol, { loading }] = useMutation(EnrolBeneficiaryDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  return (
    <div className="callout important mb-4">
      <div className="callout-title">{t('enrol.title')}</div>
      <p>{t('enrol.explain')}</p>
      <FailureSummary failures={failures} />
      <Button
        color="primary"
        disabled={loading}
        onClick={() =>
          void run(() =>
            enrol({ variables: { beneficiaryId: person.id, input: { enrolledOn: todayInItaly(), tutorUserId: viewer.userId } } }),
          )
        }
      >
        {t('enrol.takeCase')}
      </Button>
    </div>
  );
}

const PURPOSES: ConsentPurpose[] = ['CASE_MANAGEMENT', 'SHARE_WITH_ORGANISATION', 'LABOUR_MATCHING', 'HOUSING_SUPPORT'];

/** Records a consent the person gave (in person, at the corner). */
function RecordConsentForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<ConsentPurpose>('CASE_MANAGEMENT');
  const [organisationId, setOrganisationId] = useState('');
  const { failures, run } = useFailures();
  const organisations = useQuery(OrganisationsDocument, {
    variables: { filter: { province: person.province } },
    skip: purpose !== 'SHARE_WITH_ORGANISATION',
  });
  const [grant, { loading }] = useMutation(GrantConsentDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  const fields = ['input.purpose', 'input.organisationId'];
  return (
    <form
      className="goal-card"
      aria-labelledby="record-consent-title"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() =>
          grant({
            variables: {
              input: {
                beneficiaryId: person.id,
                purpose,
                organisationId: purpose === 'SHARE_WITH_ORGANISATION' ? organisationId || null : null,
              },
            },
          }),
        );
      }}
    >
      <h3 id="record-consent-title" className="h5">
        {t('consent.record')}
      </h3>
      <FailureSummary failures={unplacedFailures(failures, fields)} />
      <SelectField
        id="consent-purpose"
        label={t('consent.purposeLabel')}
        value={purpose}
        onChange={(value) => setPurpose(value as ConsentPurpose)}
        error={fieldError(failures, 'input.purpose')}
        options={PURPOSES.map((each) => ({ value: each, label: t(`consent.purpose.${each}`, { organisation: '…' }) }))}
      />
      {purpose === 'SHARE_WITH_ORGANISATION' && (
        <SelectField
          id="consent-organisation"
          label={t('consent.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          error={fieldError(failures, 'input.organisationId')}
          options={[
            { value: '', label: t('common.choose') },
            ...(organisations.data?.organisations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })),
          ]}
        />
      )}
      <Button color="primary" type="submit" disabled={loading}>
        {t('consent.recordButton')}
      </Button>
    </form>
  );
}
