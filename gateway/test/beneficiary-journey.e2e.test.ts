/**
 * One person's whole path through the gateway, as a tutor of an Integra Corner does it with their own token:
 * intake referral, eligibility, enrolment, assessment, the PAI agreed and revised, follow-ups with a critical
 * issue, closure; then every step is found in the person's audit trail.
 */
import { addDays, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

/** Days as the hub counts them: in Italy (at midnight in Rome, UTC is still on the day before). */
const day = (offset: number) => addDays(todayInItaly(), offset);

it('walks a person from referral to closure, and the audit trail shows every step', async () => {
  const tutorId = crypto.randomUUID();
  // The tutor is on the corner's team: cases go only to its members.
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, {
    province: 'TO',
    team: [{ name: 'Marta Rinaldi', role: 'TUTOR', userId: tutorId }],
  });
  const italianCourse = await createService(hub.dataSources.catalogue!, { provinces: ['TO'], area: 'LANGUAGE', type: 'ITALIAN_L2' });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id], userId: tutorId });
  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  const as = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  // 1. Outreach: a reception managing body refers someone who left a SAI project four months ago.
  const intake = await as(tutor, `mutation($input: RecordIntakeReferralInput!) { recordIntakeReferral(input: $input) { id status } }`, {
    input: {
      source: 'RECEPTION_MANAGING_BODY',
      integraCornerId: corner.id,
      givenName: 'Yohannes',
      familyName: `Gebre ${crypto.randomUUID().slice(0, 8)}`,
      birthDate: '1994-03-02',
      citizenship: 'ER',
      protectionStatus: 'REFUGEE',
      receptionType: 'SAI',
      receptionExitDate: day(-120),
      province: 'TO',
      contact: '+39 333 000 0000',
    },
  });
  expect(intake.recordIntakeReferral.status).toBe('OPEN');
  await as(
    tutor,
    `mutation($id: ID!, $input: RecordContactAttemptInput!) { recordContactAttempt(referralId: $id, input: $input) { status } }`,
    { id: intake.recordIntakeReferral.id, input: { channel: 'PHONE', outcome: 'REACHED', note: 'Appointment next week' } },
  );
  const converted = await as(
    tutor,
    `mutation($id: ID!) { convertIntakeReferral(referralId: $id) { status convertedBeneficiary { id caseStatus } } }`,
    {
      id: intake.recordIntakeReferral.id,
    },
  );
  const personId: string = converted.convertIntakeReferral.convertedBeneficiary.id;
  expect(converted.convertIntakeReferral).toMatchObject({ status: 'CONVERTED', convertedBeneficiary: { caseStatus: 'REFERRED' } });

  // 2. Eligibility, computed: refugee status, inside the 18-month window.
  const eligibility = await as(
    tutor,
    `query($id: ID!) { beneficiary(id: $id) { eligibility { eligible monthsSinceReceptionExit reasons } } }`,
    {
      id: personId,
    },
  );
  expect(eligibility.beneficiary.eligibility).toMatchObject({ eligible: true, monthsSinceReceptionExit: 3 });

  // 3. Enrolment: the tutor takes the case.
  const enrolled = await as(
    tutor,
    `mutation($id: ID!, $input: EnrolBeneficiaryInput!) { enrolBeneficiary(beneficiaryId: $id, input: $input) { caseStatus tutorUserId version } }`,
    { id: personId, input: { enrolledOn: day(0), tutorUserId: tutorId } },
  );
  expect(enrolled.enrolBeneficiary).toMatchObject({ caseStatus: 'ENROLLED', tutorUserId: tutorId });

  // 4. Assessment: Italian level, a skill, a permit to renew.
  await as(
    tutor,
    `mutation($id: ID!, $input: RecordLanguageLevelInput!) { recordLanguageLevel(beneficiaryId: $id, input: $input) { level } }`,
    { id: personId, input: { language: 'it', level: 'A2', assessedOn: day(0) } },
  );
  await as(tutor, `mutation($id: ID!, $input: RecordSkillInput!) { recordSkill(beneficiaryId: $id, input: $input) { label } }`, {
    id: personId,
    input: { label: 'Warehouse operations', level: 'INTERMEDIATE', certified: false },
  });
  await as(
    tutor,
    `mutation($id: ID!, $input: RecordAdministrativeProcedureInput!) { recordAdministrativeProcedure(beneficiaryId: $id, input: $input) { kind } }`,
    { id: personId, input: { kind: 'PERMIT_RENEWAL', status: 'TO_DO', dueOn: day(30), permitExpiresOn: day(60) } },
  );
  const assessed = await as(
    tutor,
    `query($id: ID!) { beneficiary(id: $id) { italianLevel employability { band factors { __typename } } version } }`,
    { id: personId },
  );
  expect(assessed.beneficiary.italianLevel).toBe('A2');
  const change = `mutation($id: ID!, $input: ChangeCaseStatusInput!) { changeCaseStatus(beneficiaryId: $id, input: $input) { caseStatus version } }`;
  let version: number = assessed.beneficiary.version;
  await as(tutor, change, { id: personId, input: { to: 'ASSESSED', expectedVersion: version } });

  // 5. The PAI: drafted, agreed in person, the case moves on.
  const drafted = await as(
    tutor,
    `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) {
      id revision status goals { id actions { id service { id } } } } }`,
    {
      id: personId,
      input: {
        goals: [
          {
            area: 'LANGUAGE',
            description: 'Reach B1 Italian for work',
            targetDate: day(180),
            actions: [
              {
                description: 'Italian L2 course with work vocabulary',
                serviceId: italianCourse.id,
                plannedStart: day(7),
                plannedEnd: day(97),
              },
            ],
          },
        ],
      },
    },
  );
  const plan = drafted.draftActionPlan;
  expect(plan.goals[0].actions[0].service).toEqual({ id: italianCourse.id });
  const agreed = await as(
    tutor,
    `mutation($id: ID!, $input: AgreeActionPlanInput!) { agreeActionPlan(planId: $id, input: $input) { status revision } }`,
    { id: plan.id, input: { expectedRevision: plan.revision, agreedInPerson: true } },
  );
  expect(agreed.agreeActionPlan.status).toBe('AGREED');
  // Agreed by both: the case moved to PLAN_AGREED by itself; the first action started moves it to IN_PROGRESS.
  const caseNow = `query($id: ID!) { beneficiary(id: $id) { caseStatus version } }`;
  expect((await as(tutor, caseNow, { id: personId })).beneficiary.caseStatus).toBe('PLAN_AGREED');
  const started = await as(
    tutor,
    `mutation($id: ID!, $revision: Int!) { updateActionStatus(actionId: $id, status: IN_PROGRESS, expectedRevision: $revision) { status } }`,
    { id: plan.goals[0].actions[0].id, revision: agreed.agreeActionPlan.revision },
  );
  expect(started.updateActionStatus.status).toBe('IN_PROGRESS');
  expect((await as(tutor, caseNow, { id: personId })).beneficiary.caseStatus).toBe('IN_PROGRESS');

  // 6. Re-modulation: a revision with its reason; the first version stays in the history.
  const revised = await as(
    tutor,
    `mutation($id: ID!, $input: ReviseActionPlanInput!) { reviseActionPlan(planId: $id, input: $input) { version reason status goals { id } } }`,
    {
      id: plan.id,
      input: {
        expectedRevision: agreed.agreeActionPlan.revision + 1,
        reason: 'Evening course: the person started a traineeship',
        goals: [
          {
            id: plan.goals[0].id,
            area: 'LANGUAGE',
            description: 'Reach B1 Italian for work',
            targetDate: day(240),
            actions: [
              {
                id: plan.goals[0].actions[0].id,
                description: 'Evening Italian L2 course',
                serviceId: italianCourse.id,
                plannedStart: day(14),
              },
            ],
          },
        ],
      },
    },
  );
  expect(revised.reviseActionPlan).toMatchObject({ version: 2, reason: 'Evening course: the person started a traineeship' });
  const history = await as(
    tutor,
    `query($id: ID!) { beneficiary(id: $id) { actionPlanHistory(first: 10) { edges { node { version } } } } }`,
    {
      id: personId,
    },
  );
  expect(history.beneficiary.actionPlanHistory.edges.map((edge: { node: { version: number } }) => edge.node.version).sort()).toEqual([
    1, 2,
  ]);

  // 7. Follow-up with a critical issue, then its resolution.
  const followUp = await as(
    tutor,
    `mutation($id: ID!, $input: RecordFollowUpInput!) { recordFollowUp(beneficiaryId: $id, input: $input) { criticalIssues { id severity } } }`,
    {
      id: personId,
      input: {
        heldOn: day(0),
        goalProgress: [{ goalId: plan.goals[0].id, progress: 'AT_RISK', note: 'Shifts clash with the course' }],
        criticalIssues: [
          { severity: 'HIGH', description: 'Permit renewal appointment missed', actionTaken: 'New appointment booked at the Questura' },
        ],
      },
    },
  );
  const issue = followUp.recordFollowUp.criticalIssues[0];
  expect(issue.severity).toBe('HIGH');
  await as(
    tutor,
    `mutation($id: ID!) { resolveCriticalIssue(issueId: $id, resolution: "Permit renewed on the new date") { resolvedAt } }`,
    {
      id: issue.id,
    },
  );

  // 8. Closure with an outcome.
  version = (await as(tutor, caseNow, { id: personId })).beneficiary.version;
  const closed = await as(
    tutor,
    `mutation($id: ID!, $input: ChangeCaseStatusInput!) { changeCaseStatus(beneficiaryId: $id, input: $input) { caseStatus outcome } }`,
    { id: personId, input: { to: 'CLOSED', outcome: 'AUTONOMY_REACHED', note: 'Permanent contract signed', expectedVersion: version } },
  );
  expect(closed.changeCaseStatus).toEqual({ caseStatus: 'CLOSED', outcome: 'AUTONOMY_REACHED' });

  // Every step is in the person's audit trail, by the tutor.
  const trail = await as(
    admin,
    `query($id: ID!) { beneficiary(id: $id) { auditTrail(first: 100) { edges { node { operation actor { id } } } } } }`,
    {
      id: personId,
    },
  );
  const steps = trail.beneficiary.auditTrail.edges
    .map((edge: { node: { operation: string; actor: { id: string } } }) => edge.node)
    .filter((entry: { operation: string; actor: { id: string } }) => entry.operation !== 'READ' && entry.actor.id === tutorId)
    .map((entry: { operation: string }) => entry.operation);
  for (const operation of [
    'recordIntakeReferral',
    'recordContactAttempt',
    'convertIntakeReferral',
    'enrolBeneficiary',
    'recordLanguageLevel',
    'recordSkill',
    'recordAdministrativeProcedure',
    'changeCaseStatus',
    'draftActionPlan',
    'agreeActionPlan',
    'updateActionStatus',
    'reviseActionPlan',
    'recordFollowUp',
    'resolveCriticalIssue',
  ]) {
    expect(steps).toContain(operation);
  }
  // ASSESSED and CLOSED by hand; PLAN_AGREED and IN_PROGRESS followed from the agreement and the started action.
  expect(steps.filter((operation: string) => operation === 'changeCaseStatus')).toHaveLength(2);
  const integrity = await as(admin, `{ auditTrailIntegrity { valid } }`);
  expect(integrity.auditTrailIntegrity.valid).toBe(true);
});
