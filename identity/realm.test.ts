/**
 * The realm file against the identity contract and the demo plan: Keycloak imports it as is, so whatever it
 * lacks, tokens lack.
 */
import { buildDemoPlan } from '../demo/demo-plan.js';
import { CLAIMS, CLIENTS, HUB_AUDIENCE, REALM, ROLES } from '../packages/platform/src/auth/identity-contract.js';
import { loadRealm, type ProtocolMapperRepresentation } from './realm.js';

const realm = loadRealm();
const plan = buildDemoPlan();
const claimsScope = realm.clientScope('shubh-hub-claims');
const mappers = claimsScope?.protocolMappers ?? [];
const attributeMapperFor = (claim: string): ProtocolMapperRepresentation | undefined =>
  mappers.find((mapper) => mapper.protocolMapper === 'oidc-usermodel-attribute-mapper' && mapper.config['claim.name'] === claim);

describe('the realm file keycloak/realm-shubh.json', () => {
  test('is the enabled shubh realm with short-lived access tokens', () => {
    expect(realm.representation).toMatchObject({ realm: REALM, enabled: true, sslRequired: 'external', accessTokenLifespan: 300 });
  });

  test('defines every role of the contract, each with a description', () => {
    for (const role of ROLES) {
      expect(realm.roles.find((candidate) => candidate.name === role)).toMatchObject({
        name: role,
        description: expect.stringMatching(/\w/),
      });
    }
  });

  test('the shubh-hub-claims scope maps every claim of the contract and the hub audience', () => {
    expect(claimsScope).toMatchObject({ protocol: 'openid-connect' });
    const roles = mappers.find((mapper) => mapper.protocolMapper === 'oidc-usermodel-realm-role-mapper');
    expect(roles?.config).toMatchObject({
      'claim.name': CLAIMS.roles,
      multivalued: 'true',
      'access.token.claim': 'true',
      'jsonType.label': 'String',
    });
    expect(attributeMapperFor(CLAIMS.organisation)?.config).toMatchObject({
      'user.attribute': 'org',
      multivalued: 'false',
      'access.token.claim': 'true',
      'jsonType.label': 'String',
    });
    expect(attributeMapperFor(CLAIMS.corners)?.config).toMatchObject({
      'user.attribute': 'corners',
      multivalued: 'true',
      'access.token.claim': 'true',
    });
    expect(attributeMapperFor(CLAIMS.beneficiary)?.config).toMatchObject({ 'user.attribute': 'beneficiary', 'access.token.claim': 'true' });
    const audience = mappers.find((mapper) => mapper.protocolMapper === 'oidc-audience-mapper');
    expect(audience?.config).toMatchObject({ 'included.custom.audience': HUB_AUDIENCE, 'access.token.claim': 'true' });
    // Keycloak keeps every mapper setting as a string.
    for (const mapper of mappers) for (const value of Object.values(mapper.config)) expect(typeof value).toBe('string');
  });

  test('declares the mapped attributes in the user profile, or Keycloak 26 would leave them out of tokens', () => {
    const { names } = realm.managedAttributes();
    for (const attribute of ['org', 'corners', 'beneficiary']) expect(names.has(attribute)).toBe(true);
  });

  test('has every client of the contract, each with the hub claims among its default scopes', () => {
    for (const clientId of Object.values(CLIENTS)) {
      const client = realm.client(clientId);
      expect(client).toMatchObject({ clientId, enabled: true, fullScopeAllowed: true });
      expect(client?.defaultClientScopes).toContain('shubh-hub-claims');
      // Every scope named exists: Keycloak would drop a missing one with only a log line.
      expect(() => realm.scopesOf(client!)).not.toThrow();
    }
  });

  test('the corner front end is a public PKCE client without direct grants', () => {
    expect(realm.client(CLIENTS.cornerFrontend)).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      directAccessGrantsEnabled: false,
      redirectUris: ['http://localhost:5173/*'],
      webOrigins: ['+'],
      attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
    });
  });

  test('the partner system is a confidential client with a service account only', () => {
    expect(realm.client(CLIENTS.partnerSystem)).toMatchObject({
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret: expect.any(String),
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
  });

  test('the hub is bearer-only and the dev command line a public password-grant client marked dev only', () => {
    expect(realm.client(CLIENTS.hub)).toMatchObject({ bearerOnly: true });
    expect(realm.client(CLIENTS.devCli)).toMatchObject({
      publicClient: true,
      directAccessGrantsEnabled: true,
      standardFlowEnabled: false,
      description: expect.stringMatching(/development only/i),
    });
  });

  test("the partner system's service account carries an organisation and the partner-operator role", () => {
    const account = realm.serviceAccountUser(CLIENTS.partnerSystem);
    expect(account).toMatchObject({ username: `service-account-${CLIENTS.partnerSystem}`, realmRoles: ['partner-operator'] });
    expect(account?.credentials).toBeUndefined();
    expect(plan.organisations.map((organisation) => organisation.id)).toContain(account?.attributes?.org?.[0]);
  });

  test('every user has an id, a known role, and attributes as lists of strings', () => {
    const ids = new Set<string>();
    for (const user of realm.users) {
      expect(user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      ids.add(user.id);
      expect(user.enabled).toBe(true);
      for (const role of user.realmRoles ?? []) expect(ROLES).toContain(role);
      for (const values of Object.values(user.attributes ?? {})) {
        expect(Array.isArray(values) && values.every((value) => typeof value === 'string')).toBe(true);
      }
      if (!user.serviceAccountClientId) {
        expect(user).toMatchObject({
          emailVerified: true,
          email: `${user.username}@shubh.example`,
          firstName: expect.any(String),
          lastName: expect.any(String),
        });
        expect(realm.passwordOf(user)).toMatchObject({ type: 'password', temporary: false });
      }
    }
    expect(ids.size).toBe(realm.users.length);
  });

  test("users' organisations, corners and beneficiary records exist in the demo plan", () => {
    const organisations = new Set(plan.organisations.map((organisation) => organisation.id));
    const corners = new Set(plan.corners.map((corner) => corner.id));
    const beneficiaries = new Set(plan.beneficiaries.map((beneficiary) => beneficiary.id));
    for (const user of realm.users) {
      for (const org of user.attributes?.org ?? [])
        expect({ user: user.username, org, known: organisations.has(org) }).toMatchObject({ known: true });
      for (const corner of user.attributes?.corners ?? [])
        expect({ user: user.username, corner, known: corners.has(corner) }).toMatchObject({ known: true });
      for (const id of user.attributes?.beneficiary ?? [])
        expect({ user: user.username, id, known: beneficiaries.has(id) }).toMatchObject({ known: true });
    }
  });

  test('every role has a demo user, and corner staff work in two provinces', () => {
    const users = realm.demoUsers();
    for (const role of ROLES)
      expect({ role, users: users.filter((user) => user.roles.includes(role)).length > 0 }).toEqual({ role, users: true });
    const provinceOf = new Map(plan.corners.map((corner) => [corner.id, corner.province]));
    const provinces = new Set(users.flatMap((user) => user.corners.map((corner) => provinceOf.get(corner))));
    expect(provinces).toEqual(new Set(['TO', 'BA']));
    // Corner staff belong to the patronato hosting one of their corners.
    for (const user of users.filter((candidate) => candidate.corners.length > 0)) {
      const hosts = plan.corners.filter((corner) => user.corners.includes(corner.id)).map((corner) => corner.hostOrganisationId);
      expect({ user: user.username, hosts }).toEqual({ user: user.username, hosts: expect.arrayContaining([user.org]) });
    }
  });

  test('applies the mappers as Keycloak does: nested realm_access.roles, arrays only when multivalued, absent attributes left out', () => {
    const claims = realm.claimsFor(realm.user('coord.torino')!, realm.client(CLIENTS.devCli)!);
    expect(claims).toMatchObject({
      sub: '5bf5cc81-bed4-51c3-8a9f-1fe6a200868d',
      aud: HUB_AUDIENCE,
      preferred_username: 'coord.torino',
      realm_access: { roles: ['corner-coordinator'] },
      org: '81d50b8a-8f51-5017-8d3b-7b4979645734',
      corners: ['00d9b444-3ec1-5e8a-9699-2da71bcce94c', '6cb35f7a-56bb-5128-82a3-b3bb9bae2ff1'],
      email_verified: true,
    });
    expect(claims).not.toHaveProperty('beneficiary');
    expect(claims).not.toHaveProperty(['realm_access.roles']);

    const admin = realm.claimsFor(realm.user('admin.rossi')!, realm.client(CLIENTS.devCli)!);
    expect(admin).not.toHaveProperty('org');
    expect(admin).not.toHaveProperty('corners');
    expect(realm.claimsFor(realm.user('amina.diallo')!, realm.client(CLIENTS.devCli)!)).toMatchObject({
      beneficiary: plan.beneficiaries[0]!.id,
    });
  });

  test('demoUsers lists people only, with roles, organisation and corners', () => {
    const users = realm.demoUsers();
    expect(users.find((user) => user.username.startsWith('service-account-'))).toBeUndefined();
    expect(users.find((user) => user.username === 'tutor.aurora')).toEqual({
      id: 'a72a3022-322c-524a-aed1-b07ee2c0d9e0',
      username: 'tutor.aurora',
      firstName: expect.any(String),
      lastName: expect.any(String),
      roles: ['tutor'],
      org: '81d50b8a-8f51-5017-8d3b-7b4979645734',
      corners: ['00d9b444-3ec1-5e8a-9699-2da71bcce94c'],
      beneficiary: undefined,
    });
  });
});
