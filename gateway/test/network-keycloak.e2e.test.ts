/**
 * Onboarding a partner organisation end to end, with Keycloak 26 Organizations as the source of membership: an
 * administrator creates the organisation and its agreement through the gateway; `network:sync` creates its Keycloak
 * organization (in the development identity provider, through Keycloak's Admin REST API with the sync client's
 * credentials) and reports no drift after; an operator made a member gets a token whose `organization` claim the
 * hub accepts, and sees their own organisation's referrals and nobody else's. Drift both ways is reported.
 */
import { decodeJwt } from 'jose';
import { NETWORK_SYNC_CLIENT, ORGANISATION_ID_ATTRIBUTE } from '@shubh/platform';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@shubh/platform/testing';
import { startHub, type RunningHub } from '../../hub/hub.js';
import { KeycloakAdminClient } from '../../identity/keycloak-admin-client.js';
import { describeReport, syncNetwork, type CatalogueDatabase } from '../../identity/network-sync.js';
import { loadRealm } from '../../identity/realm.js';
import { TestIdentity } from '../../test/support/test-identity.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

let hub: RunningHub;
let identity: TestIdentity;
let admin: string;
let keycloak: KeycloakAdminClient;
let database: CatalogueDatabase;
let ownDatabase: TestDatabase;

// The sync reconciles every organisation of the catalogue: this test has a database of its own, so that the
// organisations other test files create at the same time (the suite shares one database) are not in its reports.
beforeAll(async () => {
  ownDatabase = await createTestDatabase(process.env.DATABASE_URL);
  identity = await TestIdentity.start();
  hub = await startHub({
    databaseUrl: ownDatabase.url,
    host: '127.0.0.1',
    ports: 'ephemeral',
    logLevel: 'silent',
    identity: identity.config,
  });
  admin = await identity.tokenFor({ roles: ['network-admin'] });
  keycloak = new KeycloakAdminClient({
    issuer: identity.issuer,
    clientId: NETWORK_SYNC_CLIENT,
    clientSecret: loadRealm().client(NETWORK_SYNC_CLIENT)!.secret!,
  });
  // The sync reads and links the catalogue's organisations with plain SQL, as the command does over its own pool.
  database = { query: (sql, parameters) => hub.dataSources.catalogue!.query(sql, parameters) };
});
afterAll(async () => {
  await hub?.stop();
  await identity?.stop();
  await ownDatabase?.drop();
});

const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name domains version } }`;
const UPDATE_ORGANISATION = `mutation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
  updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { id name domains version } }`;
const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id status organisation { id } } }`;

describe('a partner organisation onboarded through the catalogue and Keycloak Organizations', () => {
  let organisationId: string;
  let organizationId: string;

  it('an administrator creates the organisation and its agreement; network:sync creates its Keycloak organization, then finds no drift', async () => {
    const { createOrganisation: created } = await ok(admin, CREATE_ORGANISATION, {
      input: {
        name: 'Cooperativa Lavoro Insieme',
        type: 'TRAINING_PROVIDER',
        provinces: ['TO'],
        domains: ['Lavoro-Insieme.example', 'lavoro-insieme.example'],
      },
    });
    expect(created).toMatchObject({ name: 'Cooperativa Lavoro Insieme', domains: ['lavoro-insieme.example'] });
    organisationId = created.id;
    const { createAgreement } = await ok(admin, CREATE_AGREEMENT, {
      input: {
        organisationId,
        title: 'Protocollo per i tirocini',
        scope: 'Tirocini e laboratori per i beneficiari di SHUBH.',
        areas: ['WORK'],
        startsOn: '2026-01-15',
        documentReference: `PROT-${organisationId}`,
      },
    });
    expect(createAgreement).toMatchObject({ organisation: { id: organisationId } });

    const plan = await syncNetwork(database, keycloak, { dryRun: true });
    expect(plan.actions).toContainEqual({
      kind: 'create',
      organisationId,
      name: 'Cooperativa Lavoro Insieme',
      alias: 'cooperativa-lavoro-insieme',
    });
    expect(plan.drift).toContainEqual(expect.objectContaining({ kind: 'catalogue-only', organisationId }));
    // A dry run changes nothing on either side.
    expect((await keycloak.organizations()).find((organization) => organization.alias === 'cooperativa-lavoro-insieme')).toBeUndefined();

    const report = await syncNetwork(database, keycloak);
    expect(report.failures).toEqual([]);
    const organization = (await keycloak.organizations()).find((candidate) => candidate.alias === 'cooperativa-lavoro-insieme');
    expect(organization).toMatchObject({
      name: 'Cooperativa Lavoro Insieme',
      enabled: true,
      attributes: { [ORGANISATION_ID_ATTRIBUTE]: [organisationId] },
      domains: [{ name: 'lavoro-insieme.example', verified: false }],
    });
    organizationId = organization!.id;
    const [row] = await database.query<{ keycloak_organization_id: string }>(
      'SELECT keycloak_organization_id FROM catalogue.organisation WHERE id = $1',
      [organisationId],
    );
    expect(row).toEqual({ keycloak_organization_id: organizationId });

    const again = await syncNetwork(database, keycloak);
    expect(again).toEqual({ dryRun: false, actions: [], drift: [], failures: [] });
    expect(describeReport(again)).toEqual(['Keycloak is in step with the catalogue: nothing to do.', 'No drift.']);
  });

  it("a user made a member gets a token whose organization claim the hub accepts, and sees their organisation's referrals only", async () => {
    const ownService = await createService(hub.dataSources.catalogue!, { providerId: organisationId });
    const own = await createReferral(hub.dataSources.catalogue!, { serviceId: ownService.id });
    const other = await createReferral(hub.dataSources.catalogue!);
    const operator = identity.addPerson({ roles: ['partner-operator'] });
    const REFERRALS = `{ referrals(first: 50) { edges { node { id toOrganisation { id name } } } } }`;

    // Before membership the token names no organisation: the operator sees nothing addressed to anyone.
    const outsider = await identity.tokenForUser(operator.username);
    expect(decodeJwt(outsider)).not.toHaveProperty('organization');
    expect((await ok(outsider, REFERRALS)).referrals.edges).toEqual([]);

    await keycloak.addMember(organizationId, operator.id);
    expect((await keycloak.members(organizationId)).map((member) => member.username)).toEqual([operator.username]);
    const member = await identity.tokenForUser(operator.username);
    expect(decodeJwt(member).organization).toEqual({
      'cooperativa-lavoro-insieme': { id: organizationId, [ORGANISATION_ID_ATTRIBUTE]: [organisationId] },
    });
    const ids = (await ok(member, REFERRALS)).referrals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual([own.id]);
    expect(ids).not.toContain(other.id);
  });

  it('a renamed organisation is renamed in Keycloak; a deactivated one is disabled and its members reported', async () => {
    const { updateOrganisation } = await ok(admin, UPDATE_ORGANISATION, {
      id: organisationId,
      input: { name: 'Cooperativa Lavoro Insieme ETS', domains: ['lavoro-insieme.example', 'lavoroinsieme.example'] },
      expectedVersion: 1,
    });
    // Only this organisation's actions: the referrals above brought providers and corners of their own.
    const ofThis = (report: Awaited<ReturnType<typeof syncNetwork>>) =>
      report.actions.filter((action) => action.organisationId === organisationId);
    const rename = await syncNetwork(database, keycloak);
    expect(ofThis(rename)).toEqual([
      { kind: 'update', organisationId, keycloakOrganizationId: organizationId, changes: ['name', 'domains'] },
    ]);
    expect((await keycloak.organizations()).find((organization) => organization.id === organizationId)).toMatchObject({
      name: 'Cooperativa Lavoro Insieme ETS',
      alias: 'cooperativa-lavoro-insieme',
      domains: [
        { name: 'lavoro-insieme.example', verified: false },
        { name: 'lavoroinsieme.example', verified: false },
      ],
    });

    await ok(admin, `mutation($id: ID!, $v: Int!) { deactivateOrganisation(id: $id, expectedVersion: $v) { id } }`, {
      id: organisationId,
      v: updateOrganisation.version,
    });
    const deactivation = await syncNetwork(database, keycloak);
    expect(ofThis(deactivation)).toEqual([
      { kind: 'update', organisationId, keycloakOrganizationId: organizationId, changes: ['enabled'] },
    ]);
    expect(deactivation.drift).toEqual([
      {
        kind: 'member-of-deactivated',
        username: expect.stringMatching(/^test-user-/),
        alias: 'cooperativa-lavoro-insieme',
        organisationId,
      },
    ]);
    // Keycloak leaves a disabled organization out of tokens: the former member acts for nobody.
    const members = await keycloak.members(organizationId);
    expect(decodeJwt(await identity.tokenForUser(members[0]!.username))).not.toHaveProperty('organization');
  });

  it('reports an organization Keycloak has and the catalogue does not, and a member of two organizations', async () => {
    const stray = await keycloak.createOrganization({
      name: 'Organizzazione Fantasma',
      alias: 'organizzazione-fantasma',
      enabled: true,
      domains: [{ name: 'fantasma.example' }],
    });
    const person = identity.addPerson({ roles: ['partner-operator'] });
    await keycloak.addMember(stray, person.id);
    const { createOrganisation: second } = await ok(admin, CREATE_ORGANISATION, {
      input: { name: 'Associazione Casa Comune', type: 'NGO', provinces: ['TO'], domains: ['casacomune.example'] },
    });
    const created = await syncNetwork(database, keycloak);
    const secondOrganization = (await keycloak.organizations()).find((organization) => organization.alias === 'associazione-casa-comune')!;
    await keycloak.addMember(secondOrganization.id, person.id);

    const report = await syncNetwork(database, keycloak, { dryRun: true });
    expect(created.actions).toContainEqual(expect.objectContaining({ kind: 'create', organisationId: second.id }));
    expect(report.actions).toEqual([]);
    expect(report.drift).toEqual(
      expect.arrayContaining([
        {
          kind: 'keycloak-only',
          keycloakOrganizationId: stray,
          alias: 'organizzazione-fantasma',
          name: 'Organizzazione Fantasma',
          members: 1,
        },
        { kind: 'member-of-several', username: person.username, aliases: ['associazione-casa-comune', 'organizzazione-fantasma'] },
      ]),
    );
    // Keycloak maps no organization for a member of two, and the hub reads none.
    expect(decodeJwt(await identity.tokenForUser(person.username))).not.toHaveProperty('organization');
  });

  it('a malformed domain is BAD_USER_INPUT and a domain another organisation has is CONFLICT, both on input.domains', async () => {
    const attempt = async (domains: string[]) => {
      const { body } = await call(admin, CREATE_ORGANISATION, {
        input: { name: `Organizzazione ${domains.join(' ')}`, type: 'NGO', provinces: ['TO'], domains },
      });
      expect(body.data ?? null).toBeNull();
      return body.errors![0]!.extensions;
    };
    expect(await attempt(['not a domain'])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.domains' });
    expect(await attempt(['CASACOMUNE.example'])).toMatchObject({ code: 'CONFLICT', field: 'input.domains' });
  });

  it("the Admin REST API refuses a token without realm-management's manage-realm, and what Keycloak's model refuses", async () => {
    const forbidden = await fetch(`${identity.issuer.replace('/realms/', '/admin/realms/')}/organizations`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(forbidden.status).toBe(403);
    const anonymous = await fetch(`${identity.issuer.replace('/realms/', '/admin/realms/')}/organizations`);
    expect(anonymous.status).toBe(401);
    await expect(
      keycloak.createOrganization({ name: 'Cooperativa Lavoro Insieme ETS', alias: 'altro', enabled: true, domains: [] }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      keycloak.createOrganization({ name: 'Altra', alias: 'altra', enabled: true, domains: [{ name: 'casacomune.example' }] }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('already linked to another organization') });
    await expect(
      keycloak.updateOrganization({ id: organizationId, name: 'Cooperativa Lavoro Insieme ETS', alias: 'nuovo-alias', enabled: false }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('Cannot change the alias') });
    await expect(keycloak.addMember(organizationId, crypto.randomUUID())).rejects.toMatchObject({ status: 400 });
  });
});
