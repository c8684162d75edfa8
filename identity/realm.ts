/**
 * The Keycloak realm export (`keycloak/realm-shubh.json`), read as data: the one source of users, roles and
 * clients. Keycloak imports the file; the development identity provider reads it through this module and
 * writes tokens with the same claims Keycloak would, by applying the same protocol mappers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ORGANISATION_ID_ATTRIBUTE, REALM, ROLES, type Role } from '../packages/platform/src/auth/identity-contract.js';

/** The realm file beside the code: `<repo>/keycloak/realm-shubh.json`. */
export const DEFAULT_REALM_PATH = fileURLToPath(new URL('../keycloak/realm-shubh.json', import.meta.url));

// The subset of Keycloak's representations (RealmRepresentation and friends) that this realm uses.

export interface ProtocolMapperRepresentation {
  name: string;
  protocol: string;
  protocolMapper: string;
  consentRequired?: boolean;
  /** Keycloak stores every setting as a string: `"true"`, not `true`. */
  config: Record<string, string>;
}

export interface ClientScopeRepresentation {
  name: string;
  description?: string;
  protocol: string;
  attributes?: Record<string, string>;
  protocolMappers?: ProtocolMapperRepresentation[];
}

export interface ClientRepresentation {
  clientId: string;
  name?: string;
  description?: string;
  enabled?: boolean;
  protocol?: string;
  publicClient?: boolean;
  bearerOnly?: boolean;
  clientAuthenticatorType?: string;
  secret?: string;
  standardFlowEnabled?: boolean;
  implicitFlowEnabled?: boolean;
  directAccessGrantsEnabled?: boolean;
  serviceAccountsEnabled?: boolean;
  fullScopeAllowed?: boolean;
  redirectUris?: string[];
  webOrigins?: string[];
  attributes?: Record<string, string>;
  defaultClientScopes?: string[];
  optionalClientScopes?: string[];
  protocolMappers?: ProtocolMapperRepresentation[];
}

export interface CredentialRepresentation {
  type: string;
  value?: string;
  temporary?: boolean;
}

export interface UserRepresentation {
  id: string;
  username: string;
  enabled?: boolean;
  emailVerified?: boolean;
  firstName?: string;
  lastName?: string;
  email?: string;
  credentials?: CredentialRepresentation[];
  realmRoles?: string[];
  attributes?: Record<string, string[]>;
  /** Set on the user Keycloak keeps for a client's service account. */
  serviceAccountClientId?: string;
  /** Roles of other clients, by client id (`realm-management` holds the Admin REST API's). */
  clientRoles?: Record<string, string[]>;
}

export interface OrganizationDomainRepresentation {
  name: string;
  verified?: boolean;
}

/** A member of an organization as a realm export lists it: by username. */
export interface OrganizationMemberRepresentation {
  username: string;
  membershipType?: 'UNMANAGED' | 'MANAGED';
}

/** A Keycloak 26 organization (OrganizationRepresentation): the alias never changes once set. */
export interface OrganizationRepresentation {
  id: string;
  name: string;
  alias: string;
  enabled?: boolean;
  description?: string;
  redirectUrl?: string;
  attributes?: Record<string, string[]>;
  domains?: OrganizationDomainRepresentation[];
  members?: OrganizationMemberRepresentation[];
}

export interface RoleRepresentation {
  name: string;
  description?: string;
  composite?: boolean;
  clientRole?: boolean;
  composites?: { realm?: string[] };
}

interface ComponentRepresentation {
  providerId: string;
  config?: Record<string, string[]>;
}

export interface RealmRepresentation {
  realm: string;
  enabled: boolean;
  displayName?: string;
  sslRequired?: string;
  accessTokenLifespan?: number;
  roles?: { realm?: RoleRepresentation[] };
  clientScopes?: ClientScopeRepresentation[];
  defaultDefaultClientScopes?: string[];
  clients?: ClientRepresentation[];
  users?: UserRepresentation[];
  components?: Record<string, ComponentRepresentation[]>;
  /** Keycloak 26's Organizations feature, on for this realm. */
  organizationsEnabled?: boolean;
  organizations?: OrganizationRepresentation[];
}

/** What the user session contributes to a token (session-note mappers read it). */
export interface SessionNotes {
  /** Seconds since the epoch: Keycloak's `AUTH_TIME` note. */
  authTime?: number;
}

/** A person of the realm, as the demo data and the tests need them (service accounts excluded). */
export interface DemoUser {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  /** Catalogue Organisation id: the `shubh-organisation-id` of the one Keycloak organization they are a member of. */
  org?: string;
  /** Catalogue IntegraCorner ids (attribute `corners`); empty when none. */
  corners: string[];
  /** For a `beneficiary` user, the id of their Beneficiary record. */
  beneficiary?: string;
}

/** Keycloak's default for an access token's lifetime, when the realm does not set one. */
const DEFAULT_ACCESS_TOKEN_LIFESPAN = 300;
/** Attributes every Keycloak 26 realm manages even without a user-profile configuration. */
const BUILT_IN_ATTRIBUTES = ['username', 'email', 'firstName', 'lastName'];

export class Realm {
  constructor(readonly representation: RealmRepresentation) {
    if (representation.realm !== REALM) {
      throw new Error(`the realm file describes realm "${representation.realm}", the hub expects "${REALM}"`);
    }
  }

  /** Reads a realm export (default: the repository's `keycloak/realm-shubh.json`). */
  static load(path: string = DEFAULT_REALM_PATH): Realm {
    return new Realm(JSON.parse(readFileSync(path, 'utf8')) as RealmRepresentation);
  }

  get name(): string {
    return this.representation.realm;
  }

  get accessTokenLifespan(): number {
    return this.representation.accessTokenLifespan ?? DEFAULT_ACCESS_TOKEN_LIFESPAN;
  }

  get users(): UserRepresentation[] {
    return this.representation.users ?? [];
  }

  get clients(): ClientRepresentation[] {
    return this.representation.clients ?? [];
  }

  get roles(): RoleRepresentation[] {
    return this.representation.roles?.realm ?? [];
  }

  get clientScopes(): ClientScopeRepresentation[] {
    return this.representation.clientScopes ?? [];
  }

  /** Keycloak keeps usernames in lower case and finds them whatever the case asked. */
  user(username: string): UserRepresentation | undefined {
    const wanted = username.toLowerCase();
    return this.users.find((user) => user.username.toLowerCase() === wanted);
  }

  userById(id: string): UserRepresentation | undefined {
    return this.users.find((user) => user.id === id);
  }

  /** The user Keycloak keeps for a client's service account (`service-account-<clientId>`). */
  serviceAccountUser(clientId: string): UserRepresentation | undefined {
    return this.users.find((user) => user.serviceAccountClientId === clientId);
  }

  client(clientId: string): ClientRepresentation | undefined {
    return this.clients.find((client) => client.clientId === clientId);
  }

  clientScope(name: string): ClientScopeRepresentation | undefined {
    return this.clientScopes.find((scope) => scope.name === name);
  }

  /** The realm's organizations (none while the feature is off). The development identity provider changes them. */
  get organizations(): OrganizationRepresentation[] {
    if (!this.representation.organizationsEnabled) return [];
    this.representation.organizations ??= [];
    return this.representation.organizations;
  }

  /** The organizations the user is a member of, enabled or not. */
  organizationsOf(user: UserRepresentation): OrganizationRepresentation[] {
    const username = user.username.toLowerCase();
    return this.organizations.filter((organization) =>
      (organization.members ?? []).some((member) => member.username.toLowerCase() === username),
    );
  }

  /**
   * The organizations Keycloak maps into the user's token for the plain `organization` scope (OrganizationScope
   * ANY): the enabled organization of a member of exactly one. A member of several chooses at the login page in
   * Keycloak; this provider has no such step, so it maps none, as Keycloak does for grants without a login page.
   */
  mappedOrganizations(user: UserRepresentation): OrganizationRepresentation[] {
    const organizations = this.organizationsOf(user);
    return organizations.length === 1 && organizations[0]!.enabled !== false ? organizations : [];
  }

  /**
   * The client scopes a token of this client gets: its default scopes plus the optional ones asked for.
   * Keycloak skips a reference to a missing scope with only a warning in its log, so a missing scope here
   * is an error: the realm would silently lose claims.
   */
  scopesOf(client: ClientRepresentation, requestedOptional: readonly string[] = []): ClientScopeRepresentation[] {
    const names = [
      ...(client.defaultClientScopes ?? []),
      ...requestedOptional.filter((name) => client.optionalClientScopes?.includes(name)),
    ];
    return names.map((name) => {
      const scope = this.clientScope(name);
      if (!scope) {
        throw new Error(
          `client "${client.clientId}" refers to client scope "${name}", which the realm does not define (Keycloak would drop it)`,
        );
      }
      return scope;
    });
  }

  /** The protocol mappers that shape this client's tokens: those of its scopes, then its own. */
  protocolMappersOf(client: ClientRepresentation, requestedOptional: readonly string[] = []): ProtocolMapperRepresentation[] {
    return [
      ...this.scopesOf(client, requestedOptional).flatMap((scope) => scope.protocolMappers ?? []),
      ...(client.protocolMappers ?? []),
    ].filter((mapper) => mapper.protocol === 'openid-connect');
  }

  /**
   * The user attributes Keycloak lets into tokens. Since Keycloak 24 an attribute the user profile does not
   * declare is "unmanaged", and unmanaged attributes are left out unless the realm enables them.
   */
  managedAttributes(): { names: Set<string>; unmanagedAllowed: boolean } {
    const component = this.representation.components?.['org.keycloak.userprofile.UserProfileProvider']?.[0];
    const raw = component?.config?.['kc.user.profile.config']?.[0];
    if (!raw) return { names: new Set(BUILT_IN_ATTRIBUTES), unmanagedAllowed: false };
    const config = JSON.parse(raw) as { attributes?: { name: string }[]; unmanagedAttributePolicy?: string };
    return {
      names: new Set([...BUILT_IN_ATTRIBUTES, ...(config.attributes ?? []).map((attribute) => attribute.name)]),
      unmanagedAllowed: config.unmanagedAttributePolicy !== undefined,
    };
  }

  /** The user's realm roles, composites expanded, as Keycloak's realm-role mapper sees them. */
  effectiveRealmRoles(user: UserRepresentation): string[] {
    const roles: string[] = [];
    const visit = (name: string) => {
      if (roles.includes(name)) return;
      roles.push(name);
      for (const inner of this.roles.find((role) => role.name === name)?.composites?.realm ?? []) visit(inner);
    };
    for (const name of user.realmRoles ?? []) visit(name);
    return roles;
  }

  /**
   * The claims the client's protocol mappers put in an access token for this user, as Keycloak 26 writes
   * them: `sub`, `aud` and the rest. Only mappers with `access.token.claim` count (`id.token.claim` for an ID
   * token, which Keycloak always gives the user's `sub`). A dotted claim name
   * (`realm_access.roles`) becomes nested objects; `\.` keeps a literal dot. A mapper type this module does
   * not know is an error rather than a silently missing claim.
   */
  claimsFor(
    user: UserRepresentation,
    client: ClientRepresentation,
    session: SessionNotes = {},
    requestedOptional: readonly string[] = [],
    token: 'access' | 'id' = 'access',
  ): Record<string, unknown> {
    const claims: Record<string, unknown> = token === 'id' ? { sub: user.id } : {};
    const audience: string[] = [];
    const managed = this.managedAttributes();

    for (const mapper of this.protocolMappersOf(client, requestedOptional)) {
      const config = mapper.config;
      if (config[`${token}.token.claim`] !== 'true') continue;
      switch (mapper.protocolMapper) {
        case 'oidc-sub-mapper':
          claims.sub = user.id;
          break;
        case 'oidc-audience-mapper': {
          const added = config['included.client.audience'] || config['included.custom.audience'];
          if (added && !audience.includes(added)) audience.push(added);
          break;
        }
        case 'oidc-usermodel-realm-role-mapper': {
          const prefix = config['usermodel.realmRoleMapping.rolePrefix'] ?? '';
          const roles = this.effectiveRealmRoles(user).map((role) => `${prefix}${role}`);
          if (roles.length > 0) setClaim(claims, config, roles);
          break;
        }
        case 'oidc-usermodel-attribute-mapper': {
          const name = config['user.attribute'] ?? '';
          const known = managed.unmanagedAllowed || managed.names.has(name);
          const values = known ? attributeValues(user, name) : [];
          if (values.length > 0) setClaim(claims, config, values);
          break;
        }
        case 'oidc-usermodel-property-mapper': {
          const value = propertyValue(user, config['user.attribute'] ?? '');
          if (value !== undefined) setClaim(claims, config, [value]);
          break;
        }
        case 'oidc-full-name-mapper': {
          const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
          if (name) claims.name = name;
          break;
        }
        case 'oidc-organization-membership-mapper': {
          const value = organizationClaim(config, this.mappedOrganizations(user));
          if (value !== undefined) putClaim(claims, config['claim.name'] || 'organization', value);
          break;
        }
        case 'oidc-usersessionmodel-note-mapper': {
          const note = config['user.session.note'] === 'AUTH_TIME' ? session.authTime : undefined;
          if (note !== undefined) setClaim(claims, config, [String(note)]);
          break;
        }
        default:
          throw new Error(
            `protocol mapper "${mapper.name}" is of type ${mapper.protocolMapper}, which the development identity provider does not apply`,
          );
      }
    }
    // Keycloak writes a single audience as a string and several as an array.
    if (audience.length === 1) claims.aud = audience[0];
    else if (audience.length > 1) claims.aud = audience;
    return claims;
  }

  /** Every person of the realm with what the hub authorises on; service accounts are not people. */
  demoUsers(): DemoUser[] {
    return this.users
      .filter((user) => !user.serviceAccountClientId)
      .map((user) => ({
        id: user.id,
        username: user.username,
        firstName: user.firstName ?? '',
        lastName: user.lastName ?? '',
        roles: (user.realmRoles ?? []).filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
        org: this.organisationIdOf(user),
        corners: user.attributes?.corners ?? [],
        beneficiary: user.attributes?.beneficiary?.[0],
      }));
  }

  /** The catalogue Organisation id of the one organization the user is a member of, as the hub reads it. */
  organisationIdOf(user: UserRepresentation): string | undefined {
    const organizations = this.organizationsOf(user);
    return organizations.length === 1 ? organizations[0]!.attributes?.[ORGANISATION_ID_ATTRIBUTE]?.[0] : undefined;
  }

  /** The password of the user's password credential, in the clear as a development realm file holds it. */
  passwordOf(user: UserRepresentation): CredentialRepresentation | undefined {
    return user.credentials?.find((credential) => credential.type === 'password');
  }
}

let defaultRealm: Realm | undefined;

/** The repository's realm, read once. */
export function loadRealm(path?: string): Realm {
  if (path !== undefined) return Realm.load(path);
  defaultRealm ??= Realm.load();
  return defaultRealm;
}

/** The people of the realm (default: the repository's realm file), e.g. to give demo beneficiaries a tutor. */
export function demoUsers(realm: Realm = loadRealm()): DemoUser[] {
  return realm.demoUsers();
}

/** The user's values of an attribute; the built-in ones live on the user itself. */
function attributeValues(user: UserRepresentation, name: string): string[] {
  switch (name) {
    case 'username':
      return [user.username];
    case 'email':
      return user.email ? [user.email] : [];
    case 'firstName':
      return user.firstName ? [user.firstName] : [];
    case 'lastName':
      return user.lastName ? [user.lastName] : [];
    default:
      return user.attributes?.[name] ?? [];
  }
}

function propertyValue(user: UserRepresentation, property: string): string | undefined {
  switch (property) {
    case 'emailVerified':
      return String(user.emailVerified ?? false);
    case 'enabled':
      return String(user.enabled ?? false);
    case 'id':
      return user.id;
    default:
      return attributeValues(user, property)[0];
  }
}

/** Converts as Keycloak's `jsonType.label` says. */
function convert(value: string, jsonType: string | undefined): unknown {
  switch (jsonType?.toLowerCase()) {
    case 'boolean':
      return value === 'true';
    case 'long':
    case 'int':
      return Number(value);
    case 'json':
      return JSON.parse(value) as unknown;
    default:
      return value;
  }
}

/** Writes a mapper's claim: first value unless multivalued; dotted names nest, as Keycloak's OIDCAttributeMapperHelper does. */
function setClaim(claims: Record<string, unknown>, config: Record<string, string>, values: string[]): void {
  const claimName = config['claim.name'];
  if (!claimName) return;
  const converted = values.map((value) => convert(value, config['jsonType.label']));
  putClaim(claims, claimName, config.multivalued === 'true' ? converted : converted[0]);
}

/**
 * The organization claim as Keycloak 26's Organization Membership mapper writes it: multivalued (its default), a
 * map from alias to `{ id }` (with "Add organization id") and the organization's attributes (with "Add organization
 * attributes"), or the list of aliases when neither is on and the type is String; not multivalued, the first alias.
 */
function organizationClaim(config: Record<string, string>, organizations: OrganizationRepresentation[]): unknown {
  if (organizations.length === 0) return undefined;
  if ((config.multivalued ?? 'true') !== 'true') return organizations[0]!.alias;
  const addId = config.addOrganizationId === 'true';
  const addAttributes = config.addOrganizationAttributes === 'true';
  const json = addId || addAttributes || (config['jsonType.label'] ?? 'String') === 'JSON';
  if (!json) return organizations.map((organization) => organization.alias);
  return Object.fromEntries(
    organizations.map((organization) => [
      organization.alias,
      { ...(addId ? { id: organization.id } : {}), ...(addAttributes ? (organization.attributes ?? {}) : {}) },
    ]),
  );
}

/** Puts a value at a claim name; dotted names nest, `\\.` keeps a literal dot, as Keycloak's OIDCAttributeMapperHelper does. */
function putClaim(claims: Record<string, unknown>, claimName: string, value: unknown): void {
  const path = claimName.split(/(?<!\\)\./).map((part) => part.replaceAll('\\.', '.'));
  let container = claims;
  for (const part of path.slice(0, -1)) {
    const next = container[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) container[part] = {};
    container = container[part] as Record<string, unknown>;
  }
  container[path[path.length - 1]!] = value;
}
