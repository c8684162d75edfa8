/**
 * The case's records that join up, through the gateway with each role's own token: a referral sent from a plan
 * action moves the action as the partner answers (nobody types it twice), the answers are coded, and a closed case
 * takes no new referral nor gives a place to an old one.
 */
import { addDays, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

const day = (offset: number) => addDays(todayInItaly(), offset);

const CHANGE = `mutation($id: ID!, $input: ChangeCaseStatusInput!) { changeCaseStatus(beneficiaryId: $id, input: $input) { caseStatus version } }`;
const CASE = `query($id: ID!) { beneficiary(id: $id) { caseStatus version } }`;
const SKILL = `mutation($id: ID!, $input: RecordSkillInput!) { recordSkill(beneficiaryId: $id, input: $input) { label } }`;
const LANGUAGE = `mutation($id: ID!, $input: RecordLanguageLevelInput!) { recordLanguageLevel(beneficiaryId: $id, input: $input) { level } }`;
const DRAFT = `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) {
  id revision goals { id actions { id } } } }`;
const AGREE = `mutation($id: ID!, $input: AgreeActionPlanInput!) { agreeActionPlan(planId: $id, input: $input) { status revision } }`;
const ACTION_STATUS = `mutation($id: ID!, $status: PlanActionStatus!, $revision: Int!) {
  updateActionStatus(actionId: $id, status: $status, expectedRevision: $revision) { status } }`;
const SEND = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id status planAction { id } } }`;
const RECEIVE = `mutation($id: ID!) { receiveReferral(id: $id) { status } }`;
const ACCEPT = `mutation($id: ID!) { acceptReferral(id: $id) { status } }`;
const REJECT = `mutation($id: ID!, $reason: String, $code: ReferralRejectionCode) {
  rejectReferral(id: $id, reason: $reason, reasonCode: $code) { status } }`;
const COMPLETE = `mutation($id: ID!, $outcome: String, $code: ReferralOutcomeCode) {
  completeReferral(id: $id, outcome: $outcome, outcomeCode: $code) { status } }`;
const PLAN = `query($id: ID!) { beneficiary(id: $id) { actionPlan { revision goals { actions { id status
  referral { id status lastChange { to reason reasonCode outcome outcomeCode } } } } } } }`;

/** A corner and a partner's published service, an ENROLLED person who consented to share with the partner. */
async function referableCase() {
  const catalogue = hub.dataSources.catalogue!;
  const province = 'CN';
  const corner = await createIntegraCorner(catalogue, { province });
  const provider = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: [province] });
  const service = await createService(catalogue, {
    providerId: provider.id,
    provinces: [province],
    capacity: 5,
    capacityKind: 'CONCURRENT',
  });
  const second = await createService(catalogue, { providerId: provider.id, provinces: [province], type: 'COACHING' });
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(hub.dataSources.beneficiaries!, {
    integraCornerId: corner.id,
    tutorUserId: tutorId,
    province,
    receptionExitDate: day(-90),
    enrolledOn: day(-30),
    caseStatus: 'ENROLLED',
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
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id], userId: tutorId });
  const operator = await identity.tokenFor({ roles: ['partner-operator'], organisationId: provider.id });
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
  const actions = async () =>
    (await as(tutor, PLAN, { id: person.id })).beneficiary.actionPlan.goals.flatMap((goal: { actions: unknown[] }) => goal.actions);
  const referralInput = (serviceId: string, actionId?: string) => ({
    beneficiaryId: person.id,
    serviceId,
    fromCornerId: corner.id,
    responseDueOn: day(10),
    ...(actionId ? { actionId } : {}),
  });
  return { corner, provider, service, second, person, tutor, operator, as, refusal, state, actions, referralInput };
}

/** Takes the case to PLAN_AGREED with a plan of two actions, one per service; answers the plan and its action ids. */
async function agreedPlan(c: Awaited<ReturnType<typeof referableCase>>) {
  await c.as(c.tutor, LANGUAGE, { id: c.person.id, input: { language: 'it', level: 'A2', assessedOn: day(0) } });
  await c.as(c.tutor, SKILL, { id: c.person.id, input: { label: 'Carpentry', level: 'BASIC', certified: false } });
  await c.as(c.tutor, CHANGE, { id: c.person.id, input: { to: 'ASSESSED', expectedVersion: (await c.state()).version } });
  const plan = (
    await c.as(c.tutor, DRAFT, {
      id: c.person.id,
      input: {
        goals: [
          {
            area: 'WORK',
            description: 'A first job in carpentry',
            targetDate: day(200),
            actions: [
              { description: 'Job search lab', serviceId: c.service.id, plannedStart: day(7), plannedEnd: day(60) },
              { description: 'Coaching for interviews', serviceId: c.second.id, plannedStart: day(7) },
            ],
          },
        ],
      },
    })
  ).draftActionPlan;
  await c.as(c.tutor, AGREE, { id: plan.id, input: { expectedRevision: plan.revision, agreedInPerson: true } });
  expect((await c.state()).caseStatus).toBe('PLAN_AGREED');
  const [lab, coaching] = plan.goals[0].actions.map((action: { id: string }) => action.id) as [string, string];
  return { planId: plan.id as string, lab, coaching };
}

describe('plan, referral and outcome joined', () => {
  it('moves the action with the referral it was sent from, and shows the coded answers on the plan', async () => {
    const c = await referableCase();
    const { lab, coaching } = await agreedPlan(c);

    // An action that is not of this person's plan in force is refused, naming the field; nothing is sent.
    const stranger = await c.refusal(c.tutor, SEND, { input: c.referralInput(c.service.id, crypto.randomUUID()) });
    expect(stranger.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.actionId' });

    const sent = (await c.as(c.tutor, SEND, { input: c.referralInput(c.service.id, lab) })).sendReferral;
    expect(sent).toEqual({ id: expect.any(String), status: 'SENT', planAction: { id: lab } });
    expect((await c.actions())[0]).toMatchObject({ id: lab, status: 'PLANNED', referral: { id: sent.id, status: 'SENT' } });

    // The action follows its referral now: the tutor does not move it by hand, and does not refer it twice.
    const { revision } = (await c.as(c.tutor, PLAN, { id: c.person.id })).beneficiary.actionPlan;
    const byHand = await c.refusal(c.tutor, ACTION_STATUS, { id: lab, status: 'IN_PROGRESS', revision });
    expect(byHand.extensions).toMatchObject({ code: 'CONFLICT', field: 'actionId', reason: 'ACTION_FOLLOWS_REFERRAL' });
    const twice = await c.refusal(c.tutor, SEND, { input: c.referralInput(c.second.id, lab) });
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.actionId' });

    // The partner accepts: the action is under way, and that is the fact the case's IN_PROGRESS needs.
    await c.as(c.operator, RECEIVE, { id: sent.id });
    await c.as(c.operator, ACCEPT, { id: sent.id });
    expect((await c.actions())[0]).toMatchObject({ status: 'IN_PROGRESS', referral: { status: 'ACCEPTED' } });
    const moved = await c.as(c.tutor, CHANGE, {
      id: c.person.id,
      input: { to: 'IN_PROGRESS', expectedVersion: (await c.state()).version },
    });
    expect(moved.changeCaseStatus.caseStatus).toBe('IN_PROGRESS');

    // Completed with a code alone: the action is done, the code is on the plan.
    await c.as(c.operator, COMPLETE, { id: sent.id, code: 'GOAL_ACHIEVED' });
    const done = (await c.actions())[0];
    expect(done.status).toBe('DONE');
    expect(done.referral.lastChange).toEqual({
      to: 'COMPLETED',
      reason: null,
      reasonCode: null,
      outcome: null,
      outcomeCode: 'GOAL_ACHIEVED',
    });

    // The second action: rejected with a code and a note, it is PLANNED again, the reason visible on the plan.
    const other = (await c.as(c.tutor, SEND, { input: c.referralInput(c.second.id, coaching) })).sendReferral;
    await c.as(c.operator, RECEIVE, { id: other.id });
    expect((await c.refusal(c.operator, REJECT, { id: other.id })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reasonCode' });
    expect((await c.refusal(c.operator, REJECT, { id: other.id, code: 'OTHER' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    await c.as(c.operator, REJECT, { id: other.id, code: 'NOT_ELIGIBLE', reason: 'Needs an A2 certificate first' });
    const rejected = (await c.actions())[1];
    expect(rejected).toMatchObject({ id: coaching, status: 'PLANNED', referral: { status: 'REJECTED' } });
    expect(rejected.referral.lastChange).toEqual({
      to: 'REJECTED',
      reason: 'Needs an A2 certificate first',
      reasonCode: 'NOT_ELIGIBLE',
      outcome: null,
      outcomeCode: null,
    });
    // Free again: the tutor may move it by hand, or refer it anew.
    const now = (await c.as(c.tutor, PLAN, { id: c.person.id })).beneficiary.actionPlan.revision;
    expect((await c.as(c.tutor, ACTION_STATUS, { id: coaching, status: 'IN_PROGRESS', revision: now })).updateActionStatus.status).toBe(
      'IN_PROGRESS',
    );

    // The partner sees the referral's action only as far as it may see the plan: not at all.
    const partnerView = await c.as(
      c.operator,
      `query($id: ID!) { referrals(filter: { toOrganisationId: $id }) { edges { node { id planAction { id } } } } }`,
      {
        id: c.provider.id,
      },
    );
    expect(partnerView.referrals.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
      expect.arrayContaining([{ id: sent.id, planAction: null }]),
    );
  });
});

describe('a closed case in the catalogue', () => {
  it('takes no new referral and gives no place to an old one; the partner may still reject it', async () => {
    const c = await referableCase();
    const open = (await c.as(c.tutor, SEND, { input: c.referralInput(c.service.id) })).sendReferral;
    await c.as(c.operator, RECEIVE, { id: open.id });
    await c.as(c.tutor, CHANGE, {
      id: c.person.id,
      input: { to: 'CLOSED', outcome: 'TRANSFERRED', expectedVersion: (await c.state()).version },
    });

    const count = async () =>
      Number(
        (
          await hub.dataSources.catalogue!.query<{ n: string }[]>(
            'SELECT count(*) AS n FROM catalogue.referral WHERE beneficiary_id = $1',
            [c.person.id],
          )
        )[0]!.n,
      );
    const refused = await c.refusal(c.tutor, SEND, { input: c.referralInput(c.second.id) });
    expect(refused.extensions).toEqual({ code: 'CASE_CLOSED', field: 'input.beneficiaryId' });
    expect(await count()).toBe(1);

    const accept = await c.refusal(c.operator, ACCEPT, { id: open.id });
    expect(accept.extensions).toEqual({ code: 'CASE_CLOSED', field: 'id' });
    const places = await hub.dataSources.catalogue!.query<{ places_taken: number }[]>(
      'SELECT places_taken FROM catalogue.service WHERE id = $1',
      [c.service.id],
    );
    expect(places[0]!.places_taken).toBe(0);
    expect((await c.as(c.operator, REJECT, { id: open.id, code: 'NOT_REACHABLE' })).rejectReferral.status).toBe('REJECTED');
  });
});

describe('case notes', () => {
  const NOTE = `mutation($id: ID!, $input: RecordCaseNoteInput!) { recordCaseNote(beneficiaryId: $id, input: $input) {
    id category text writtenBy correctsNoteId } }`;
  const NOTES = `query($id: ID!, $reason: String) { beneficiary(id: $id) { caseNotes(specialCategoryReason: $reason) { id category text correctsNoteId } } }`;

  it('keeps dated notes never edited, special-category ones read only with a reason the audit trail keeps', async () => {
    const c = await referableCase();
    const colleague = await identity.tokenFor({ roles: ['tutor'], cornerIds: [c.corner.id] });
    const first = (await c.as(c.tutor, NOTE, { id: c.person.id, input: { category: 'ORDINARY', text: 'Called: meeting on Monday' } }))
      .recordCaseNote;
    const health = (
      await c.as(c.tutor, NOTE, { id: c.person.id, input: { category: 'SPECIAL_CATEGORY', text: 'Follows a therapy at the ASL' } })
    ).recordCaseNote;
    // A correction is a new note naming the one it corrects; there is no way to change a note.
    const fixed = (
      await c.as(c.tutor, NOTE, {
        id: c.person.id,
        input: { category: 'ORDINARY', text: 'Meeting moved to Tuesday', correctsNoteId: first.id },
      })
    ).recordCaseNote;
    expect(fixed).toMatchObject({ category: 'ORDINARY', correctsNoteId: first.id });
    const downgrade = await c.refusal(c.tutor, NOTE, {
      id: c.person.id,
      input: { category: 'ORDINARY', text: 'Therapy ended', correctsNoteId: health.id },
    });
    expect(downgrade.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.correctsNoteId' });
    await expect(
      hub.dataSources.beneficiaries!.query(`UPDATE beneficiaries.case_note SET text = 'x' WHERE id = $1`, [first.id]),
    ).rejects.toThrow(/never changed/);

    // Without a reason: the ordinary notes only. Another tutor of the corner reads those, not the special ones.
    const ordinary = (await c.as(colleague, NOTES, { id: c.person.id })).beneficiary.caseNotes;
    expect(ordinary.map((note: { id: string }) => note.id)).toEqual([first.id, fixed.id]);
    expect((await c.refusal(colleague, NOTES, { id: c.person.id, reason: 'Preparing the plan review' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await c.refusal(colleague, NOTE, { id: c.person.id, input: { category: 'SPECIAL_CATEGORY', text: 'Pregnant' } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await c.refusal(c.tutor, NOTES, { id: c.person.id, reason: 'short' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'specialCategoryReason',
    });
    const reason = 'Preparing the health referral';
    const all = (await c.as(c.tutor, NOTES, { id: c.person.id, reason })).beneficiary.caseNotes;
    expect(all.map((note: { category: string }) => note.category)).toEqual(['ORDINARY', 'SPECIAL_CATEGORY', 'ORDINARY']);
    // The special-category read is in the trail with its reason.
    const [read] = await hub.dataSources.beneficiaries!.query<{ reason: string }[]>(
      `SELECT reason FROM audit.entry WHERE beneficiary_id = $1 AND 'caseNotes.specialCategory' = ANY(fields) AND operation = 'READ'`,
      [c.person.id],
    );
    expect(read?.reason).toBe(reason);

    // A closed case takes no note; the partner never reads one.
    expect((await c.refusal(c.operator, NOTES, { id: c.person.id })).extensions?.code).toBe('FORBIDDEN');
    await c.as(c.tutor, CHANGE, {
      id: c.person.id,
      input: { to: 'CLOSED', outcome: 'PARTIAL', expectedVersion: (await c.state()).version },
    });
    const closed = await c.refusal(c.tutor, NOTE, { id: c.person.id, input: { category: 'ORDINARY', text: 'After closure' } });
    expect(closed.extensions).toEqual({ code: 'CASE_CLOSED', field: 'beneficiaryId' });
  });
});
