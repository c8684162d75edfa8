/**
 * The realm file against the identity contract and the demo plan: Keycloak imports it as is, so whatever it
 * lacks, tokens lack.
 */
import { buildDemoPlan } from '../demo/demo-plan.js';
import {
  CLAIMS,
  CLIENTS,
  HUB_AUDIENCE,
  NETWORK_SYNC_CLIENT,
  ORGANISATION_ID_ATTRIBUTE,
  REALM,
  ROLES,
} from '../packages/platform/src/auth/identity-contract.js';
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
    // The organisation is no longer a free user attribute: it is Keycloak organization membership.
    expect(mappers.find((mapper) => mapper.config['user.attribute'] === 'org')).toBeUndefined();
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
    for (const attribute of ['corners', 'beneficiary']) expect(names.has(attribute)).toBe(true);
    expect(names.has('org')).toBe(false);
  });

  test("enables Organizations and maps them with Keycloak's built-in organization scope, ids and attributes included", () => {
    expect(realm.representation.organizationsEnabled).toBe(true);
    const scope = realm.clientScope('organization');
    expect(scope?.attributes).toMatchObject({ 'include.in.token.scope': 'true' });
    expect(scope?.protocolMappers).toEqual([
      expect.objectContaining({
        protocolMapper: 'oidc-organization-membership-mapper',
        config: expect.objectContaining({
          'claim.name': CLAIMS.organization,
          multivalued: 'true',
          addOrganizationId: 'true',
          addOrganizationAttributes: 'true',
          'jsonType.label': 'JSON',
          'access.token.claim': 'true',
        }),
      }),
    ]);
    // A default scope of every hub client, so a token carries the claim without asking for the scope.
    expect(realm.representation.defaultDefaultClientScopes).toContain('organization');
    for (const clientId of Object.values(CLIENTS)) expect(realm.client(clientId)?.defaultClientScopes).toContain('organization');
  });

  test('has one Keycloak organization per demo organisation, linked both ways, with an immutable alias and a domain', () => {
    expect(realm.organizations).toHaveLength(plan.organisations.length);
    const aliases = new Set<string>();
    const domains = new Set<string>();
    for (const organisation of plan.organisations) {
      const organization = realm.organizations.find((candidate) => candidate.id === organisation.keycloakOrganizationId);
      expect(organization).toMatchObject({
        name: organisation.name,
        enabled: true,
        attributes: { [ORGANISATION_ID_ATTRIBUTE]: [organisation.id] },
        domains: organisation.domains.map((name) => ({ name, verified: false })),
      });
      expect(organization?.alias).toMatch(/^[a-z0-9-]+$/);
      aliases.add(organization!.alias);
      for (const domain of organisation.domains) domains.add(domain);
    }
    expect(aliases.size).toBe(plan.organisations.length);
    expect(domains.size).toBe(plan.organisations.flatMap((organisation) => organisation.domains).length);
  });

  test('every member of an organization is a user of the realm, and nobody is a member of two', () => {
    for (const organization of realm.organizations) {
      for (const member of organization.members ?? []) expect(realm.user(member.username)).toBeDefined();
    }
    for (const user of realm.users) expect(realm.organizationsOf(user).length).toBeLessThanOrEqual(1);
    expect(realm.users.some((user) => user.attributes?.org)).toBe(false);
  });

  test('the network sync client is confidential, its service account holds the realm-management roles the Admin API asks', () => {
    expect(realm.client(NETWORK_SYNC_CLIENT)).toMatchObject({
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
    expect(realm.serviceAccountUser(NETWORK_SYNC_CLIENT)?.clientRoles?.['realm-management']).toEqual(
      expect.arrayContaining(['manage-realm', 'manage-users', 'view-users']),
    );
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

  test("the partner system's service account is a member of an organisation and has the partner-operator role", () => {
    const account = realm.serviceAccountUser(CLIENTS.partnerSystem);
    expect(account).toMatchObject({ username: `service-account-${CLIENTS.partnerSystem}`, realmRoles: ['partner-operator'] });
    expect(account?.credentials).toBeUndefined();
    expect(plan.organisations.map((organisation) => organisation.id)).toContain(realm.organisationIdOf(account!));
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
      const org = realm.organisationIdOf(user);
      if (org !== undefined) expect({ user: user.username, org, known: organisations.has(org) }).toMatchObject({ known: true });
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
      organization: {
        'patronato-inas-torino': {
          id: plan.organisations.find((organisation) => organisation.id === '81d50b8a-8f51-5017-8d3b-7b4979645734')!.keycloakOrganizationId,
          [ORGANISATION_ID_ATTRIBUTE]: ['81d50b8a-8f51-5017-8d3b-7b4979645734'],
        },
      },
      corners: ['00d9b444-3ec1-5e8a-9699-2da71bcce94c', '6cb35f7a-56bb-5128-82a3-b3bb9bae2ff1'],
      email_verified: true,
    });
    expect(claims).not.toHaveProperty('beneficiary');
    expect(claims).not.toHaveProperty(['realm_access.roles']);

    const admin = realm.claimsFor(realm.user('admin.rossi')!, realm.client(CLIENTS.devCli)!);
    expect(admin).not.toHaveProperty('organization');
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
