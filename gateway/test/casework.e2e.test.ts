/**
 * Casework that holds together, through the gateway with each role's own token: a case status follows the facts
 * (refusals name the missing one), a closed case takes no more changes until a coordinator reopens it, and a
 * withdrawn consent to case management stops new processing; a completed referral gives a concurrent place back.
 */
import { addDays, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createEnrollment } from '../../subgraphs/catalogue/test/enrollment-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

const day = (offset: number) => addDays(todayInItaly(), offset);

const CHANGE = `mutation($id: ID!, $input: ChangeCaseStatusInput!) { changeCaseStatus(beneficiaryId: $id, input: $input) { caseStatus version } }`;
const CASE = `query($id: ID!) { beneficiary(id: $id) { caseStatus version outcome closedOn skills { label } statusHistory { from to note } } }`;
const SKILL = `mutation($id: ID!, $input: RecordSkillInput!) { recordSkill(beneficiaryId: $id, input: $input) { label } }`;
const LANGUAGE = `mutation($id: ID!, $input: RecordLanguageLevelInput!) { recordLanguageLevel(beneficiaryId: $id, input: $input) { level } }`;
const DRAFT = `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) {
  id revision status goals { id actions { id } } } }`;
const AGREE = `mutation($id: ID!, $input: AgreeActionPlanInput!) { agreeActionPlan(planId: $id, input: $input) { status revision } }`;
const START = `mutation($id: ID!, $revision: Int!) { updateActionStatus(actionId: $id, status: IN_PROGRESS, expectedRevision: $revision) { status } }`;
const FOLLOW_UP = `mutation($id: ID!, $input: RecordFollowUpInput!) { recordFollowUp(beneficiaryId: $id, input: $input) { id } }`;
const REOPEN = `mutation($id: ID!, $reason: String!, $version: Int!) { reopenCase(beneficiaryId: $id, reason: $reason, expectedVersion: $version) {
  caseStatus outcome closedOn version viewerCan { reopen } } }`;

/** A corner, an ENROLLED person followed by their tutor, the corner's coordinator and the person's own token. */
async function enrolledCase() {
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, { province: 'TO' });
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(hub.dataSources.beneficiaries!, {
    integraCornerId: corner.id,
    tutorUserId: tutorId,
    receptionExitDate: day(-90),
    enrolledOn: day(-30),
    caseStatus: 'ENROLLED',
  });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id], userId: tutorId });
  const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
  const self = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id });
  const call = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    (await graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` })).body;
  const as = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const body = await call(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const refusal = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const body = await call(token, query, variables);
    expect(body.errors).toHaveLength(1);
    const error = body.errors?.[0];
    if (!error) throw new Error(`Expected a refusal, got ${JSON.stringify(body.data)}`);
    return error;
  };
  const state = async () => (await as(tutor, CASE, { id: person.id })).beneficiary;
  return { corner, tutorId, person, tutor, coordinator, self, as, refusal, state };
}

const planInput = {
  goals: [
    {
      area: 'LANGUAGE',
      description: 'Reach B1 Italian for work',
      targetDate: day(180),
      actions: [{ description: 'Italian L2 course with work vocabulary', plannedStart: day(7), plannedEnd: day(97) }],
    },
  ],
};

/** Takes an enrolled case to IN_PROGRESS with the facts each status needs; answers the plan. */
async function caseInProgress(c: Awaited<ReturnType<typeof enrolledCase>>) {
  await c.as(c.tutor, LANGUAGE, { id: c.person.id, input: { language: 'it', level: 'A2', assessedOn: day(0) } });
  await c.as(c.tutor, SKILL, { id: c.person.id, input: { label: 'Forklift driving', level: 'BASIC', certified: false } });
  await c.as(c.tutor, CHANGE, { id: c.person.id, input: { to: 'ASSESSED', expectedVersion: (await c.state()).version } });
  const plan = (await c.as(c.tutor, DRAFT, { id: c.person.id, input: planInput })).draftActionPlan;
  const agreed = await c.as(c.tutor, AGREE, { id: plan.id, input: { expectedRevision: plan.revision, agreedInPerson: true } });
  await c.as(c.tutor, START, { id: plan.goals[0].actions[0].id, revision: agreed.agreeActionPlan.revision });
  expect((await c.state()).caseStatus).toBe('IN_PROGRESS');
  return { ...plan, revision: agreed.agreeActionPlan.revision + 1 };
}

describe('a case status follows the facts', () => {
  it('refuses each status with the fact it misses, and moves the case when the plan is agreed and an action starts', async () => {
    const c = await enrolledCase();
    const to = async (status: string) =>
      c.refusal(c.tutor, CHANGE, { id: c.person.id, input: { to: status, expectedVersion: (await c.state()).version } });

    // ASSESSED: the assessment's minimum, an Italian level and a skill (or education, or work experience).
    expect((await to('ASSESSED')).extensions).toEqual({ code: 'CASE_FACT_MISSING', missingFact: 'ITALIAN_LEVEL', field: 'input.to' });
    await c.as(c.tutor, LANGUAGE, { id: c.person.id, input: { language: 'it', level: 'A1', assessedOn: day(0) } });
    const noSkill = await to('ASSESSED');
    expect(noSkill.extensions).toMatchObject({ code: 'CASE_FACT_MISSING', missingFact: 'SKILLS_OR_EDUCATION' });
    expect(noSkill.message).toBe('The case cannot be ASSESSED yet: no skill, education or work experience is recorded yet');
    expect((await c.state()).caseStatus).toBe('ENROLLED');
    await c.as(c.tutor, SKILL, { id: c.person.id, input: { label: 'Cooking', level: 'ADVANCED', certified: false } });
    await c.as(c.tutor, CHANGE, { id: c.person.id, input: { to: 'ASSESSED', expectedVersion: (await c.state()).version } });

    // PLAN_AGREED: no plan, then a plan in DRAFT, then agreed by the tutor only: refused each time.
    expect((await to('PLAN_AGREED')).extensions).toMatchObject({ code: 'CASE_FACT_MISSING', missingFact: 'AGREED_PLAN' });
    const plan = (await c.as(c.tutor, DRAFT, { id: c.person.id, input: planInput })).draftActionPlan;
    expect((await to('PLAN_AGREED')).extensions).toMatchObject({ code: 'CASE_FACT_MISSING', missingFact: 'AGREED_PLAN' });
    const byTutor = await c.as(c.tutor, AGREE, { id: plan.id, input: { expectedRevision: plan.revision } });
    expect(byTutor.agreeActionPlan.status).toBe('DRAFT');
    expect((await c.state()).caseStatus).toBe('ASSESSED');
    // The person agrees on their own phone: the plan is agreed by both, and the case moves by itself.
    const byBoth = await c.as(c.self, AGREE, { id: plan.id, input: { expectedRevision: byTutor.agreeActionPlan.revision } });
    expect(byBoth.agreeActionPlan.status).toBe('AGREED');
    const agreed = await c.state();
    expect(agreed.caseStatus).toBe('PLAN_AGREED');
    expect(agreed.statusHistory.at(-1)).toEqual({ from: 'ASSESSED', to: 'PLAN_AGREED', note: 'Plan version 1 agreed by both' });

    // IN_PROGRESS: an action started.
    expect((await to('IN_PROGRESS')).extensions).toMatchObject({ code: 'CASE_FACT_MISSING', missingFact: 'STARTED_ACTION' });
    await c.as(c.tutor, START, { id: plan.goals[0].actions[0].id, revision: byBoth.agreeActionPlan.revision });
    expect((await c.state()).caseStatus).toBe('IN_PROGRESS');

    // CLOSED: an outcome.
    expect((await to('CLOSED')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
    const closed = await c.as(c.tutor, CHANGE, {
      id: c.person.id,
      input: { to: 'CLOSED', outcome: 'PARTIAL', expectedVersion: (await c.state()).version },
    });
    expect(closed.changeCaseStatus.caseStatus).toBe('CLOSED');
  });
});

describe('closed means closed', () => {
  it('refuses a skill, a plan, a follow-up and any other change of a closed case, until a coordinator reopens it', async () => {
    const c = await enrolledCase();
    const plan = await caseInProgress(c);
    await c.as(c.tutor, CHANGE, {
      id: c.person.id,
      input: { to: 'CLOSED', outcome: 'AUTONOMY_REACHED', expectedVersion: (await c.state()).version },
    });
    const before = await c.state();
    expect(before).toMatchObject({ caseStatus: 'CLOSED', outcome: 'AUTONOMY_REACHED', closedOn: day(0) });

    const writes: [string, string, Record<string, unknown>][] = [
      ['recordSkill', SKILL, { id: c.person.id, input: { label: 'Welding', level: 'BASIC', certified: false } }],
      ['draftActionPlan', DRAFT, { id: c.person.id, input: planInput }],
      [
        'recordFollowUp',
        FOLLOW_UP,
        { id: c.person.id, input: { heldOn: day(0), goalProgress: [{ goalId: plan.goals[0].id, progress: 'ON_TRACK' }] } },
      ],
      [
        'reviseActionPlan',
        `mutation($id: ID!, $input: ReviseActionPlanInput!) { reviseActionPlan(planId: $id, input: $input) { id } }`,
        { id: plan.id, input: { expectedRevision: plan.revision, reason: 'A new goal after closure', goals: planInput.goals } },
      ],
      ['recordLanguageLevel', LANGUAGE, { id: c.person.id, input: { language: 'it', level: 'B1', assessedOn: day(0) } }],
      [
        'addHouseholdMember',
        `mutation($id: ID!, $input: AddHouseholdMemberInput!) { addHouseholdMember(beneficiaryId: $id, input: $input) { id } }`,
        { id: c.person.id, input: { relation: 'CHILD', givenName: 'Sara', birthDate: '2019-04-01' } },
      ],
      [
        'assignTutor',
        `mutation($id: ID!, $tutor: ID!) { assignTutor(beneficiaryId: $id, tutorUserId: $tutor) { id } }`,
        { id: c.person.id, tutor: crypto.randomUUID() },
      ],
      ['changeCaseStatus', CHANGE, { id: c.person.id, input: { to: 'ASSESSED', expectedVersion: before.version } }],
    ];
    for (const [operation, query, variables] of writes) {
      const token = operation === 'assignTutor' ? c.coordinator : c.tutor;
      const error = await c.refusal(token, query, variables);
      expect([operation, error.extensions?.code]).toEqual([operation, 'CASE_CLOSED']);
    }
    // Nothing was written.
    expect(await c.state()).toEqual(before);

    // A tutor may not reopen; a coordinator may, with a reason: the case goes back where it was, the history keeps both.
    const reason = 'The job offer fell through: support resumes';
    expect((await c.refusal(c.tutor, REOPEN, { id: c.person.id, reason, version: before.version })).extensions?.code).toBe('FORBIDDEN');
    const tooShort = await c.refusal(c.coordinator, REOPEN, { id: c.person.id, reason: 'again', version: before.version });
    expect(tooShort.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const reopened = await c.as(c.coordinator, REOPEN, { id: c.person.id, reason, version: before.version });
    expect(reopened.reopenCase).toMatchObject({ caseStatus: 'IN_PROGRESS', outcome: null, closedOn: null, viewerCan: { reopen: false } });
    const after = await c.state();
    expect(after.statusHistory.slice(-2)).toEqual([
      { from: 'IN_PROGRESS', to: 'CLOSED', note: null },
      { from: 'CLOSED', to: 'IN_PROGRESS', note: `Reopened: ${reason}` },
    ]);
    await c.as(c.tutor, SKILL, { id: c.person.id, input: { label: 'Welding', level: 'BASIC', certified: false } });
    expect((await c.state()).skills.map((skill: { label: string }) => skill.label)).toContain('Welding');
  });

  it('lets a closure and a concurrent write never interleave: the write lands before it or is refused', async () => {
    const c = await enrolledCase();
    await caseInProgress(c);
    const { version } = await c.state();
    const results = await Promise.all([
      graphqlRequest(
        hub.gateway.graphqlUrl,
        CHANGE,
        { id: c.person.id, input: { to: 'CLOSED', outcome: 'PARTIAL', expectedVersion: version } },
        { authorization: `Bearer ${c.tutor}` },
      ),
      ...Array.from({ length: 4 }, (_, index) =>
        graphqlRequest(
          hub.gateway.graphqlUrl,
          SKILL,
          { id: c.person.id, input: { label: `Skill ${index}`, level: 'BASIC', certified: false } },
          { authorization: `Bearer ${c.tutor}` },
        ),
      ),
    ]);
    expect(results[0].body.errors).toBeUndefined();
    const accepted = results.slice(1).filter(({ body }) => body.errors === undefined).length;
    for (const { body } of results.slice(1)) if (body.errors) expect(body.errors[0]?.extensions?.code).toBe('CASE_CLOSED');
    // Every skill accepted is there (written before the closure), none refused is.
    expect((await c.state()).skills.filter((skill: { label: string }) => skill.label.startsWith('Skill '))).toHaveLength(accepted);
  });
});

describe('consent to case management', () => {
  it('stops new processing once withdrawn, says why, and still lets the case close and the consent be given again', async () => {
    const c = await enrolledCase();
    const granted = await c.as(c.tutor, `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, {
      input: { beneficiaryId: c.person.id, purpose: 'CASE_MANAGEMENT' },
    });
    await c.as(c.tutor, SKILL, { id: c.person.id, input: { label: 'Tailoring', level: 'BASIC', certified: false } });
    // The person withdraws it themself.
    await c.as(c.self, `mutation($id: ID!) { withdrawConsent(id: $id) { withdrawnAt } }`, { id: granted.grantConsent.id });
    const refused = await c.refusal(c.tutor, SKILL, { id: c.person.id, input: { label: 'Sewing', level: 'BASIC', certified: false } });
    expect(refused.extensions).toEqual({ code: 'FORBIDDEN', reason: 'CASE_MANAGEMENT_CONSENT_WITHDRAWN', field: 'beneficiaryId' });
    expect(refused.message).toMatch(/withdrew their consent to case management/);
    const draft = await c.refusal(c.tutor, DRAFT, { id: c.person.id, input: planInput });
    expect(draft.extensions?.reason).toBe('CASE_MANAGEMENT_CONSENT_WITHDRAWN');
    // The tutor sees why on the record: the consent, withdrawn, with its day.
    const consents = await c.as(c.tutor, `query($id: ID!) { beneficiary(id: $id) { consents { purpose withdrawnAt } } }`, {
      id: c.person.id,
    });
    expect(consents.beneficiary.consents).toEqual([{ purpose: 'CASE_MANAGEMENT', withdrawnAt: expect.any(String) }]);

    // Given again: processing resumes.
    await c.as(c.tutor, `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, {
      input: { beneficiaryId: c.person.id, purpose: 'CASE_MANAGEMENT' },
    });
    await c.as(c.tutor, SKILL, { id: c.person.id, input: { label: 'Sewing', level: 'BASIC', certified: false } });
    // Withdrawn once more: the case may still be closed.
    const consentsNow = await c.as(c.tutor, `query($id: ID!) { beneficiary(id: $id) { consents { id withdrawnAt } } }`, {
      id: c.person.id,
    });
    const inForce = consentsNow.beneficiary.consents.find((consent: { withdrawnAt: string | null }) => consent.withdrawnAt === null);
    await c.as(c.self, `mutation($id: ID!) { withdrawConsent(id: $id) { withdrawnAt } }`, { id: inForce.id });
    const closed = await c.as(c.tutor, CHANGE, {
      id: c.person.id,
      input: { to: 'CLOSED', outcome: 'DROPPED_OUT', expectedVersion: (await c.state()).version },
    });
    expect(closed.changeCaseStatus.caseStatus).toBe('CLOSED');
    expect((await c.state()).skills.map((skill: { label: string }) => skill.label).sort()).toEqual(['Sewing', 'Tailoring']);
  });
});

describe('capacity', () => {
  /** A provider with a service of `capacity` places of `capacityKind`, and people referred to it, RECEIVED. */
  async function serviceWithReferrals(capacityKind: 'CONCURRENT' | 'COHORT', capacity: number, people: number) {
    const catalogue = hub.dataSources.catalogue!;
    const province = 'AO';
    const corner = await createIntegraCorner(catalogue, { province });
    const provider = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: [province] });
    const service = await createService(catalogue, { providerId: provider.id, provinces: [province], capacity, capacityKind });
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
    const operator = await identity.tokenFor({ roles: ['partner-operator'], organisationId: provider.id });
    const referralIds: string[] = [];
    for (let i = 0; i < people; i += 1) {
      const person = await createBeneficiary(hub.dataSources.beneficiaries!, {
        integraCornerId: corner.id,
        province,
        receptionExitDate: day(-90),
      });
      await hub.dataSources.beneficiaries!.getRepository(ConsentEntity).save({
        beneficiaryId: person.id,
        purpose: 'SHARE_WITH_ORGANISATION',
        organisationId: provider.id,
        grantedAt: new Date(),
        grantedBy: 'test',
        withdrawnAt: null,
        withdrawnBy: null,
      });
      const sent = await graphqlRequest(
        hub.gateway.graphqlUrl,
        `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }`,
        { input: { beneficiaryId: person.id, serviceId: service.id, fromCornerId: corner.id, responseDueOn: day(10) } },
        { authorization: `Bearer ${tutor}` },
      );
      expect(sent.body.errors).toBeUndefined();
      const id: string = sent.body.data.sendReferral.id;
      await graphqlRequest(
        hub.gateway.graphqlUrl,
        `mutation($id: ID!) { receiveReferral(id: $id) { status } }`,
        { id },
        { authorization: `Bearer ${operator}` },
      );
      referralIds.push(id);
    }
    const act = (operation: 'acceptReferral' | 'completeReferral', id: string) =>
      graphqlRequest(
        hub.gateway.graphqlUrl,
        operation === 'acceptReferral'
          ? `mutation($id: ID!) { acceptReferral(id: $id) { status } }`
          : `mutation($id: ID!) { completeReferral(id: $id, outcome: "Finished the path") { status } }`,
        { id },
        { authorization: `Bearer ${operator}` },
      );
    const places = async () =>
      (
        await graphqlRequest(
          hub.gateway.graphqlUrl,
          `query($id: ID!) { service(id: $id) { capacityKind remainingPlaces } }`,
          { id: service.id },
          {
            authorization: `Bearer ${tutor}`,
          },
        )
      ).body.data.service;
    const holding = async () =>
      Number(
        (
          await catalogue.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM catalogue.referral WHERE service_id = $1 AND status = 'ACCEPTED'`,
            [service.id],
          )
        )[0]!.n,
      );
    return { referralIds, act, places, holding, service, operator };
  }

  it('gives a concurrent place back when the referral completes, also while others race for it', async () => {
    const s = await serviceWithReferrals('CONCURRENT', 2, 6);
    const [first, second, ...waiting] = s.referralIds as [string, string, ...string[]];
    expect((await s.act('acceptReferral', first)).body.errors).toBeUndefined();
    expect((await s.act('acceptReferral', second)).body.errors).toBeUndefined();
    expect(await s.places()).toEqual({ capacityKind: 'CONCURRENT', remainingPlaces: 0 });
    const full = await s.act('acceptReferral', waiting[0]!);
    expect(full.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Completion gives the place back.
    expect((await s.act('completeReferral', first)).body.errors).toBeUndefined();
    expect(await s.places()).toEqual({ capacityKind: 'CONCURRENT', remainingPlaces: 1 });

    // Under concurrency: the second completes while four others are accepted at once; never more than the capacity.
    const results = await Promise.all([s.act('completeReferral', second), ...waiting.map((id) => s.act('acceptReferral', id))]);
    expect(results[0].body.errors).toBeUndefined();
    const accepted = results.slice(1).filter(({ body }) => body.errors === undefined).length;
    for (const { body } of results.slice(1)) if (body.errors) expect(body.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThanOrEqual(2);
    expect(await s.holding()).toBe(accepted);
    expect(await s.places()).toEqual({ capacityKind: 'CONCURRENT', remainingPlaces: 2 - accepted });
  });

  it('gives a concurrent place back when the person drops out of the service', async () => {
    const s = await serviceWithReferrals('CONCURRENT', 1, 1);
    const referralId = s.referralIds[0]!;
    expect((await s.act('acceptReferral', referralId)).body.errors).toBeUndefined();
    const [{ beneficiary_id: beneficiaryId }] = await hub.dataSources.catalogue!.query<[{ beneficiary_id: string }]>(
      'SELECT beneficiary_id FROM catalogue.referral WHERE id = $1',
      [referralId],
    );
    const enrolment = await createEnrollment(hub.dataSources.catalogue!, {
      beneficiaryId,
      serviceId: s.service.id,
      referralId,
      status: 'IN_PROGRESS',
      startedOn: day(-5),
      endedOn: null,
      outcome: null,
    });
    expect(await s.places()).toEqual({ capacityKind: 'CONCURRENT', remainingPlaces: 0 });
    const dropped = await graphqlRequest(
      hub.gateway.graphqlUrl,
      `mutation($id: ID!, $input: UpdateEnrollmentInput!) { updateEnrollment(id: $id, input: $input) { status } }`,
      { id: enrolment.id, input: { status: 'DROPPED_OUT', endedOn: day(0) } },
      { authorization: `Bearer ${s.operator}` },
    );
    expect(dropped.body.errors).toBeUndefined();
    expect(await s.places()).toEqual({ capacityKind: 'CONCURRENT', remainingPlaces: 1 });
  });

  it('keeps a cohort place used after the referral completes', async () => {
    const s = await serviceWithReferrals('COHORT', 1, 1);
    expect((await s.act('acceptReferral', s.referralIds[0]!)).body.errors).toBeUndefined();
    expect((await s.act('completeReferral', s.referralIds[0]!)).body.errors).toBeUndefined();
    expect(await s.places()).toEqual({ capacityKind: 'COHORT', remainingPlaces: 0 });
  });
});
