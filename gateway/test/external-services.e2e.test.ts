/**
 * Services received before SHUBH (issue 13, WP2a), through the gateway with each role's own token: the tutor records
 * what a person received from a SAI project; the overlap check of a similar catalogue service names it as before
 * SHUBH; `servicesReceived` lists it beside the person's enrolment, each marked; a withdrawn record counts no more;
 * a partner operator reads and writes none of it; bad input names its field and writes nothing; the audit trail
 * has the read and the write.
 */
import { addDays, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createEnrollment } from '../../subgraphs/catalogue/test/enrollment-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

const day = (offset: number) => addDays(todayInItaly(), offset);

const RECORD = `mutation($input: RecordExternalServiceInput!) { recordExternalService(input: $input) {
  id providerName provider { id name } programme type area startedOn endedOn evidence external recordedBy withdrawal { by reason } } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawExternalService(id: $id, reason: $reason) { id withdrawal { by reason } } }`;
const CHECK = `query($beneficiary: ID!, $service: ID!) { overlapCheck(beneficiaryId: $beneficiary, serviceId: $service) {
  hasOverlap message overlapping { id } overlappingExternal { id programme } } }`;
const RECEIVED = `query($id: ID!) { beneficiary(id: $id) { servicesReceived {
  __typename id external type area programme providerName startedOn endedOn } } }`;
const EXTERNAL = `query($id: ID!) { beneficiary(id: $id) { externalServices { id withdrawal { reason } } } }`;

/** A corner with its tutor, a person of it with an enrolment in a catalogue service, an Italian course to consider. */
async function setting() {
  const catalogue = hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(hub.dataSources.beneficiaries!, {
    integraCornerId: corner.id,
    tutorUserId: tutorId,
    receptionExitDate: day(-90),
    enrolledOn: day(-30),
    caseStatus: 'ENROLLED',
  });
  const provider = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', name: `Enaip Piemonte ${crypto.randomUUID()}` });
  const coaching = await createService(catalogue, { providerId: provider.id, area: 'WORK', type: 'COACHING' });
  const enrollment = await createEnrollment(catalogue, {
    beneficiaryId: person.id,
    serviceId: coaching.id,
    startedOn: day(-60),
    endedOn: day(-20),
  });
  const italian = await createService(catalogue, { area: 'LANGUAGE', type: 'ITALIAN_L2' });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id], userId: tutorId });
  const call = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    (await graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` })).body;
  const as = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const body = await call(token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const refusal = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const body = await call(token, query, variables);
    const error = body.errors?.[0];
    if (!error) throw new Error(`Expected a refusal, got ${JSON.stringify(body.data)}`);
    return error as { message: string; extensions: Record<string, unknown> };
  };
  const sai = {
    beneficiaryId: person.id,
    providerName: 'Cooperativa Sociale Esempio',
    programme: 'SAI',
    type: 'ITALIAN_L2',
    area: 'LANGUAGE',
    startedOn: day(-400),
    endedOn: day(-200),
    evidence: 'attestato CPIA prot. 123',
  };
  const recorded = async () =>
    (await catalogue.query('SELECT count(*)::int AS n FROM catalogue.external_service WHERE beneficiary_id = $1', [person.id]))[0].n;
  return { catalogue, corner, tutorId, person, provider, coaching, enrollment, italian, tutor, as, refusal, sai, recorded };
}

describe('services received before SHUBH', () => {
  it('are recorded by the tutor, found by the overlap check as before SHUBH, listed beside enrolments, and audited', async () => {
    const s = await setting();
    const { recordExternalService: record } = await s.as(s.tutor, RECORD, { input: s.sai });
    expect(record).toEqual({
      id: expect.any(String),
      providerName: 'Cooperativa Sociale Esempio',
      provider: null,
      programme: 'SAI',
      type: 'ITALIAN_L2',
      area: 'LANGUAGE',
      startedOn: day(-400),
      endedOn: day(-200),
      evidence: 'attestato CPIA prot. 123',
      external: true,
      recordedBy: s.tutorId,
      withdrawal: null,
    });

    // An Italian course of the catalogue overlaps with the SAI course (same type, ended within 24 months).
    const { overlapCheck } = await s.as(s.tutor, CHECK, { beneficiary: s.person.id, service: s.italian.id });
    expect(overlapCheck).toEqual({
      hasOverlap: true,
      message: `Already received ITALIAN_L2 from SAI at Cooperativa Sociale Esempio (before SHUBH), completed ${day(-200)}`,
      overlapping: [],
      overlappingExternal: [{ id: record.id, programme: 'SAI' }],
    });
    // A coaching service overlaps with the enrolment only: the external course is of another area and family.
    const coaching = (await s.as(s.tutor, CHECK, { beneficiary: s.person.id, service: s.coaching.id })).overlapCheck;
    expect(coaching).toMatchObject({ hasOverlap: true, overlapping: [{ id: s.enrollment.id }], overlappingExternal: [] });
    expect(coaching.message).toMatch(/^Already received COACHING from .* at Enaip Piemonte .*, completed /);
    expect(coaching.message).not.toContain('before SHUBH');

    // Both kinds in one history, newest first, each marked.
    const { beneficiary } = await s.as(s.tutor, RECEIVED, { id: s.person.id });
    expect(beneficiary.servicesReceived).toEqual([
      {
        __typename: 'ServiceEnrollment',
        id: s.enrollment.id,
        external: false,
        type: 'COACHING',
        area: 'WORK',
        programme: expect.any(String),
        providerName: s.provider.name,
        startedOn: day(-60),
        endedOn: day(-20),
      },
      {
        __typename: 'ExternalService',
        id: record.id,
        external: true,
        type: 'ITALIAN_L2',
        area: 'LANGUAGE',
        programme: 'SAI',
        providerName: 'Cooperativa Sociale Esempio',
        startedOn: day(-400),
        endedOn: day(-200),
      },
    ]);
    // The person reads them too.
    const self = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: s.person.id });
    expect((await s.as(self, EXTERNAL, { id: s.person.id })).beneficiary.externalServices).toEqual([{ id: record.id, withdrawal: null }]);

    // The audit trail has the tutor's write and read.
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const trail = await s.as(
      admin,
      `query($id: ID!) { beneficiary(id: $id) { auditTrail(first: 100) { edges { node {
      operation subgraph fields actor { id } } } } } }`,
      { id: s.person.id },
    );
    const entries = trail.beneficiary.auditTrail.edges.map((edge: any) => edge.node);
    expect(entries).toContainEqual({
      operation: 'recordExternalService',
      subgraph: 'catalogue',
      fields: ['externalServices'],
      actor: { id: s.tutorId },
    });
    // A request's reads of the person are one entry (here with the enrolments it read too).
    expect(entries).toContainEqual({
      operation: 'READ',
      subgraph: 'catalogue',
      fields: expect.arrayContaining(['externalServices']),
      actor: { id: s.tutorId },
    });
  });

  it('names the organisation of the network when one is given, and a withdrawn record no longer counts', async () => {
    const s = await setting();
    const school = await createOrganisation(s.catalogue, { type: 'SCHOOL', name: `CPIA 1 Torino ${crypto.randomUUID()}` });
    const { providerName: _left, ...rest } = s.sai;
    const { recordExternalService: record } = await s.as(s.tutor, RECORD, {
      input: { ...rest, providerOrganisationId: school.id, endedOn: null },
    });
    expect(record).toMatchObject({ providerName: school.name, provider: { id: school.id, name: school.name }, endedOn: null });
    const running = (await s.as(s.tutor, CHECK, { beneficiary: s.person.id, service: s.italian.id })).overlapCheck;
    expect(running.message).toBe(`Already receiving ITALIAN_L2 from SAI at ${school.name} (before SHUBH), running since ${day(-400)}`);

    const { withdrawExternalService } = await s.as(s.tutor, WITHDRAW, { id: record.id, reason: 'Registrato sulla persona sbagliata' });
    expect(withdrawExternalService.withdrawal).toEqual({ by: s.tutorId, reason: 'Registrato sulla persona sbagliata' });
    const after = (await s.as(s.tutor, CHECK, { beneficiary: s.person.id, service: s.italian.id })).overlapCheck;
    expect(after).toEqual({ hasOverlap: false, message: null, overlapping: [], overlappingExternal: [] });
    const received = (await s.as(s.tutor, RECEIVED, { id: s.person.id })).beneficiary.servicesReceived;
    expect(received.map((entry: any) => entry.id)).toEqual([s.enrollment.id]);
    // Kept, with its withdrawal, for the record.
    expect((await s.as(s.tutor, EXTERNAL, { id: s.person.id })).beneficiary.externalServices).toEqual([
      { id: record.id, withdrawal: { reason: 'Registrato sulla persona sbagliata' } },
    ]);
    const again = await s.refusal(s.tutor, WITHDRAW, { id: record.id, reason: 'Di nuovo' });
    expect(again.extensions).toEqual({ code: 'CONFLICT', field: 'id' });
  });

  it("are FORBIDDEN to a partner operator, who sees only its own services' enrolments in servicesReceived", async () => {
    const s = await setting();
    const { recordExternalService: record } = await s.as(s.tutor, RECORD, { input: s.sai });
    // The provider reaches the person (an open referral, the consent to share with it): it may see who they are.
    await createReferral(s.catalogue, {
      beneficiaryId: s.person.id,
      serviceId: s.coaching.id,
      fromCornerId: s.corner.id,
      responseDueOn: day(10),
    });
    await hub.dataSources.beneficiaries!.getRepository(ConsentEntity).save({
      beneficiaryId: s.person.id,
      purpose: 'SHARE_WITH_ORGANISATION',
      organisationId: s.provider.id,
      grantedAt: new Date(),
      grantedBy: 'test',
      withdrawnAt: null,
      withdrawnBy: null,
    });
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: s.provider.id });
    const refusedRead = await s.refusal(partner, EXTERNAL, { id: s.person.id });
    expect(refusedRead.extensions.code).toBe('FORBIDDEN');
    expect(refusedRead.message).toBe('You may not read the services this beneficiary received before SHUBH');
    expect((await s.refusal(partner, RECORD, { input: s.sai })).extensions.code).toBe('FORBIDDEN');
    expect((await s.refusal(partner, WITHDRAW, { id: record.id, reason: 'No' })).extensions.code).toBe('FORBIDDEN');
    const received = (await s.as(partner, RECEIVED, { id: s.person.id })).beneficiary.servicesReceived;
    expect(received.map((entry: any) => [entry.__typename, entry.id])).toEqual([['ServiceEnrollment', s.enrollment.id]]);
    // A tutor of another corner is no more on the case.
    const stranger = await identity.tokenFor({ roles: ['tutor'], cornerIds: [(await createIntegraCorner(s.catalogue, {})).id] });
    expect((await s.refusal(stranger, RECORD, { input: s.sai })).extensions.code).toBe('FORBIDDEN');
    expect(await s.recorded()).toBe(1);
  });

  it('refuses bad input on the field at fault, and a closed case, writing nothing', async () => {
    const s = await setting();
    const deactivated = await createOrganisation(s.catalogue, { deactivatedAt: new Date() });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startedOn: day(3), endedOn: null }, 'BAD_USER_INPUT', 'input.startedOn'],
      [{ endedOn: day(2) }, 'BAD_USER_INPUT', 'input.endedOn'],
      [{ startedOn: day(-100), endedOn: day(-101) }, 'BAD_USER_INPUT', 'input.endedOn'],
      [{ providerOrganisationId: crypto.randomUUID() }, 'BAD_USER_INPUT', 'input.providerOrganisationId'],
      [{ providerOrganisationId: deactivated.id }, 'BAD_USER_INPUT', 'input.providerOrganisationId'],
      [{ providerName: '   ' }, 'BAD_USER_INPUT', 'input.providerName'],
      [{ programme: '' }, 'BAD_USER_INPUT', 'input.programme'],
      [{ evidence: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'input.evidence'],
      [{ beneficiaryId: crypto.randomUUID() }, 'NOT_FOUND', 'input.beneficiaryId'],
    ];
    for (const [change, code, field] of cases) {
      const error = await s.refusal(s.tutor, RECORD, { input: { ...s.sai, ...change } });
      expect([JSON.stringify(change), error.extensions]).toEqual([JSON.stringify(change), { code, field }]);
    }
    expect(await s.recorded()).toBe(0);

    const closedCase = await createBeneficiary(hub.dataSources.beneficiaries!, {
      integraCornerId: s.corner.id,
      caseStatus: 'CLOSED',
      enrolledOn: day(-200),
      closedOn: day(-5),
    });
    const closed = await s.refusal(s.tutor, RECORD, { input: { ...s.sai, beneficiaryId: closedCase.id } });
    expect(closed.extensions).toEqual({ code: 'CASE_CLOSED', field: 'input.beneficiaryId' });
    const rows = await s.catalogue.query('SELECT count(*)::int AS n FROM catalogue.external_service WHERE beneficiary_id = $1', [
      closedCase.id,
    ]);
    expect(rows).toEqual([{ n: 0 }]);
  });
});
