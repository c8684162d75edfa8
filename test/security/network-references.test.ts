import { addDays, todayInItaly } from '@shubh/platform';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { intakeInput } from '../../subgraphs/beneficiaries/test/intake-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, finding 13: ids of the network given to the beneficiaries subgraph are checked against the catalogue's
 * contract `network_directory` (the schemas are apart: no foreign key can do it). An intake for a corner that does not
 * exist sat in nobody's queue; a consent to share with no organisation, or a plan action with an unknown service,
 * pointed at nobody; a plan action for a service named another organisation as its provider. Each is refused with its
 * field, and nothing is written.
 */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const refusal = (answer: { body: any }) => ({
  data: answer.body.data ?? null,
  errors: answer.body.errors?.map((error: { extensions: Record<string, unknown> }) => error.extensions),
});
const count = async (sql: string, parameters: unknown[] = []) =>
  (await hub.hub.dataSources.beneficiaries!.query(sql, parameters))[0].count as number;

it('refuses an intake for an unknown corner or from an unknown or deactivated organisation, by field', async () => {
  const catalogue = hub.hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const body = await createOrganisation(catalogue, { type: 'RECEPTION_MANAGING_BODY', provinces: ['TO'] });
  const gone = await createOrganisation(catalogue, { type: 'RECEPTION_MANAGING_BODY', provinces: ['TO'], deactivatedAt: new Date() });
  const RECORD = `mutation($input: RecordIntakeReferralInput!) { recordIntakeReferral(input: $input) { id } }`;
  const before = await count('SELECT count(*)::int AS count FROM beneficiaries.intake_referral');
  expect(refusal(await hub.request(RECORD, { input: intakeInput(crypto.randomUUID()) }))).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.integraCornerId' }],
  });
  for (const referringOrganisationId of [crypto.randomUUID(), gone.id, corner.id]) {
    expect(refusal(await hub.request(RECORD, { input: intakeInput(corner.id, { referringOrganisationId }) }))).toEqual({
      data: null,
      errors: [{ code: 'BAD_USER_INPUT', field: 'input.referringOrganisationId' }],
    });
  }
  expect(await count('SELECT count(*)::int AS count FROM beneficiaries.intake_referral')).toBe(before);
  const accepted = await hub.request(RECORD, { input: intakeInput(corner.id, { referringOrganisationId: body.id }) });
  expect(accepted.body.errors).toBeUndefined();
});

it('refuses a consent to share with an organisation the network does not have, by field', async () => {
  const catalogue = hub.hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  const partner = await createOrganisation(catalogue, { type: 'NGO', provinces: ['TO'] });
  const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
  const grant = (organisationId: string) =>
    hub.request(GRANT, { input: { beneficiaryId: person.id, purpose: 'SHARE_WITH_ORGANISATION', organisationId } });
  expect(refusal(await grant(crypto.randomUUID()))).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.organisationId' }],
  });
  expect(await hub.hub.dataSources.beneficiaries!.getRepository(ConsentEntity).countBy({ beneficiaryId: person.id })).toBe(0);
  expect((await grant(partner.id)).body.errors).toBeUndefined();
});

it("refuses a plan action naming an unknown service or provider, at the action's field", async () => {
  const catalogue = hub.hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  const provider = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: ['TO'] });
  const service = await createService(catalogue, { providerId: provider.id });
  const DRAFT = `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) { id } }`;
  const action = (overrides: Record<string, unknown>) => ({
    description: 'Corso di italiano A2',
    plannedStart: todayInItaly(),
    serviceId: service.id,
    providerOrganisationId: provider.id,
    ...overrides,
  });
  const draft = (actions: Record<string, unknown>[]) =>
    hub.request(DRAFT, {
      id: person.id,
      input: {
        goals: [{ area: 'LANGUAGE', description: 'Parlare italiano al lavoro', targetDate: addDays(todayInItaly(), 120), actions }],
      },
    });
  expect(refusal(await draft([action({}), action({ serviceId: crypto.randomUUID() })]))).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.goals.0.actions.1.serviceId' }],
  });
  expect(refusal(await draft([action({ providerOrganisationId: service.id })]))).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.goals.0.actions.0.providerOrganisationId' }],
  });
  expect(await count('SELECT count(*)::int AS count FROM beneficiaries.action_plan WHERE beneficiary_id = $1', [person.id])).toBe(0);
  expect((await draft([action({})])).body.errors).toBeUndefined();
});

it("refuses a plan action whose provider is not its service's provider, and takes the service's provider when left out", async () => {
  const catalogue = hub.hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  const provider = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: ['TO'] });
  const other = await createOrganisation(catalogue, { type: 'NGO', provinces: ['TO'] });
  const service = await createService(catalogue, { providerId: provider.id });
  const PLAN = `id revision goals { actions { service { id } provider { id } } }`;
  const DRAFT = `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) { ${PLAN} } }`;
  const REVISE = `mutation($id: ID!, $input: ReviseActionPlanInput!) { reviseActionPlan(planId: $id, input: $input) { ${PLAN} } }`;
  const goals = (actions: Record<string, unknown>[]) => [
    { area: 'EDUCATION', description: 'Qualifica di operatore logistico', targetDate: addDays(todayInItaly(), 180), actions },
  ];
  const action = (overrides: Record<string, unknown>) => ({
    description: 'Corso di magazzino',
    plannedStart: todayInItaly(),
    ...overrides,
  });
  const plans = () => count('SELECT count(*)::int AS count FROM beneficiaries.action_plan WHERE beneficiary_id = $1', [person.id]);

  const mismatch = await hub.request(DRAFT, {
    id: person.id,
    input: { goals: goals([action({ serviceId: service.id, providerOrganisationId: other.id })]) },
  });
  expect(refusal(mismatch)).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.goals.0.actions.0.providerOrganisationId', serviceProviderId: provider.id }],
  });
  expect(await plans()).toBe(0);

  // Left out with a service: the service's provider. Without a service: any active organisation.
  const drafted = await hub.request(DRAFT, {
    id: person.id,
    input: { goals: goals([action({ serviceId: service.id }), action({ providerOrganisationId: other.id })]) },
  });
  expect(drafted.body.errors).toBeUndefined();
  const plan = drafted.body.data.draftActionPlan;
  expect(plan.goals[0].actions).toEqual([
    { service: { id: service.id }, provider: { id: provider.id } },
    { service: null, provider: { id: other.id } },
  ]);

  const revise = (actions: Record<string, unknown>[]) =>
    hub.request(REVISE, {
      id: plan.id,
      input: { expectedRevision: plan.revision, reason: 'Cambio di ente erogatore', goals: goals(actions) },
    });
  expect(
    refusal(await revise([action({ serviceId: service.id }), action({ serviceId: service.id, providerOrganisationId: other.id })])),
  ).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.goals.0.actions.1.providerOrganisationId', serviceProviderId: provider.id }],
  });
  expect(await count('SELECT revision AS count FROM beneficiaries.action_plan WHERE id = $1', [plan.id])).toBe(plan.revision);
  const revised = await revise([action({ serviceId: service.id, providerOrganisationId: provider.id })]);
  expect(revised.body.errors).toBeUndefined();
  expect(revised.body.data.reviseActionPlan.goals[0].actions).toEqual([{ service: { id: service.id }, provider: { id: provider.id } }]);
});

it('refuses a vacancy for an employer and a traineeship with a host or promoter the network does not have, by field', async () => {
  const catalogue = hub.hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const employer = await createOrganisation(catalogue, { type: 'EMPLOYER', provinces: ['TO'] });
  const promoter = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: ['TO'] });
  const gone = await createOrganisation(catalogue, { type: 'EMPLOYER', provinces: ['TO'], deactivatedAt: new Date() });
  const CREATE = `mutation($employerId: ID!, $input: JobVacancyInput!) { createJobVacancy(employerId: $employerId, input: $input) { id } }`;
  const vacancy = {
    title: 'Magazziniere',
    description: 'Carico e scarico merci.',
    province: 'TO',
    municipality: 'Orbassano',
    iscoCode: '9333',
    contractType: 'FIXED_TERM',
    openings: 1,
    weeklyHours: 40,
    shifts: ['MORNING'],
    closesOn: addDays(todayInItaly(), 30),
  };
  for (const employerId of [crypto.randomUUID(), gone.id]) {
    expect(refusal(await hub.request(CREATE, { employerId, input: vacancy }))).toEqual({
      data: null,
      errors: [{ code: 'BAD_USER_INPUT', field: 'employerId' }],
    });
  }
  expect((await hub.request(CREATE, { employerId: employer.id, input: vacancy })).body.errors).toBeUndefined();

  const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  await hub.hub.dataSources.beneficiaries!.getRepository(ConsentEntity).save({
    beneficiaryId: person.id,
    purpose: 'LABOUR_MATCHING',
    organisationId: null,
    grantedAt: new Date(Date.now() - 86_400_000),
    grantedBy: 'test',
  });
  const START = `mutation($input: StartTraineeshipInput!) { startTraineeship(input: $input) { id } }`;
  const traineeship = (overrides: Record<string, unknown>) => ({
    beneficiaryId: person.id,
    hostEmployerId: employer.id,
    promoterId: promoter.id,
    objectives: 'Gestione del magazzino',
    activities: 'Affiancamento al capo magazzino',
    province: 'TO',
    municipality: 'Orbassano',
    startsOn: todayInItaly(),
    endsOn: addDays(todayInItaly(), 150),
    weeklyHours: 30,
    monthlyAllowanceEuros: 650,
    companyTutorName: 'Marco Bianco',
    ...overrides,
  });
  expect(refusal(await hub.request(START, { input: traineeship({ hostEmployerId: crypto.randomUUID() }) }))).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.hostEmployerId' }],
  });
  expect(refusal(await hub.request(START, { input: traineeship({ promoterId: corner.id }) }))).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.promoterId' }],
  });
  expect(
    await hub.hub.dataSources.labour!.query('SELECT count(*)::int AS count FROM labour.traineeship WHERE beneficiary_id = $1', [person.id]),
  ).toEqual([{ count: 0 }]);
  expect((await hub.request(START, { input: traineeship({}) })).body.errors).toBeUndefined();
});

it('refuses a result target for a corner the network does not have, by field, and takes one for a real corner', async () => {
  const SET = `mutation($input: SetResultTargetInput!) { setResultTarget(input: $input) { value } }`;
  const unknown = crypto.randomUUID();
  expect(refusal(await hub.request(SET, { input: { indicator: 'ENROLLED', integraCornerId: unknown, value: 40 } }))).toEqual({
    data: null,
    errors: [{ code: 'BAD_USER_INPUT', field: 'input.integraCornerId' }],
  });
  expect(await count('SELECT count(*)::int AS count FROM beneficiaries.result_target WHERE integra_corner_id = $1', [unknown])).toBe(0);
  const corner = await createIntegraCorner(hub.hub.dataSources.catalogue!, { province: 'TO' });
  expect((await hub.request(SET, { input: { indicator: 'ENROLLED', integraCornerId: corner.id, value: 40 } })).body.data).toEqual({
    setResultTarget: { value: 40 },
  });
});
