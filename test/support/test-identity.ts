import type { IdentityConfig, Role } from '@shubh/platform';
import { HUB_AUDIENCE, ORGANISATION_ID_ATTRIBUTE } from '@shubh/platform';
import { startDevIdentityProvider, type DevIdentityProvider, type TokenOptions } from '../../identity/dev-identity-provider.js';
import { loadRealm, Realm, type OrganizationRepresentation, type UserRepresentation } from '../../identity/realm.js';

/** Someone to sign in as: any roles, organisation, corners, own record, as the test needs them. */
export interface TestPerson {
  roles: Role[];
  organisationId?: string;
  cornerIds?: string[];
  beneficiaryId?: string;
  /** The token's `sub`; a fresh id unless given (a tutor assigned to a case needs a known one). */
  userId?: string;
}

/**
 * The development identity provider on a free port, serving the real realm's clients and mappers, with people
 * added as tests need them. Tokens are signed by it and verified by the services through its JWKS over HTTP:
 * the same code path as with Keycloak.
 */
export class TestIdentity {
  #sequence = 0;

  private constructor(
    private readonly realm: Realm,
    private readonly provider: DevIdentityProvider,
  ) {}

  /** A client of the realm without the hub's claims scope: its tokens lack the hub's audience. */
  static readonly OTHER_CLIENT = 'test-other-application';

  static async start(): Promise<TestIdentity> {
    const realm = loadRealm().representation;
    const testRealm = new Realm({
      ...realm,
      // Service accounts stay (the network sync's among them); people are added as tests need them.
      users: (realm.users ?? []).filter((user) => user.serviceAccountClientId !== undefined).map((user) => structuredClone(user)),
      organizationsEnabled: true,
      organizations: [],
      clients: [
        ...(realm.clients ?? []),
        { clientId: TestIdentity.OTHER_CLIENT, publicClient: true, directAccessGrantsEnabled: true, defaultClientScopes: [] },
      ],
    });
    return new TestIdentity(testRealm, await startDevIdentityProvider({ realm: testRealm, port: 0 }));
  }

  get config(): IdentityConfig {
    return { issuer: this.provider.issuer, audience: HUB_AUDIENCE };
  }

  /** The issuer, `<url>/realms/shubh`: where Keycloak's endpoints and its Admin REST API are. */
  get issuer(): string {
    return this.provider.issuer;
  }

  /** A signed access token for a new user with these roles and attributes. */
  async tokenFor(person: TestPerson, options: TokenOptions = {}): Promise<string> {
    return this.provider.tokenFor(this.addPerson(person).username, options);
  }

  /** A signed access token for a user already in the realm, with what the realm holds for them now. */
  tokenForUser(username: string, options: TokenOptions = {}): Promise<string> {
    return this.provider.tokenFor(username, options);
  }

  /** Adds a user to the realm (as an administrator would in Keycloak) without signing them in. */
  addPerson(person: TestPerson): UserRepresentation {
    this.#sequence += 1;
    const username = `test-user-${this.#sequence}`;
    const attributes: Record<string, string[]> = {};
    // The organisation comes from Keycloak organization membership, as in the realm: one organization per catalogue id.
    if (person.organisationId) this.#organizationFor(person.organisationId).members!.push({ username });
    if (person.cornerIds?.length) attributes.corners = person.cornerIds;
    if (person.beneficiaryId) attributes.beneficiary = [person.beneficiaryId];
    const user: UserRepresentation = {
      id: person.userId ?? crypto.randomUUID(),
      username,
      enabled: true,
      firstName: 'Test',
      lastName: `User ${this.#sequence}`,
      email: `${username}@shubh.example`,
      realmRoles: person.roles,
      attributes,
    };
    this.realm.representation.users!.push(user);
    return user;
  }

  #organizationFor(organisationId: string): OrganizationRepresentation {
    const organizations = this.realm.organizations;
    const existing = organizations.find((organization) => organization.attributes?.[ORGANISATION_ID_ATTRIBUTE]?.[0] === organisationId);
    if (existing) return existing;
    const created: OrganizationRepresentation = {
      id: crypto.randomUUID(),
      name: `Test organisation ${organisationId}`,
      alias: `test-${organisationId}`,
      enabled: true,
      attributes: { [ORGANISATION_ID_ATTRIBUTE]: [organisationId] },
      domains: [],
      members: [],
    };
    organizations.push(created);
    return created;
  }

  /** Signs from now on with a new key (key rotation); tokens already issued stay valid. */
  rotateKey(): Promise<void> {
    return this.provider.rotateKey();
  }

  stop(): Promise<void> {
    return this.provider.stop();
  }
}
