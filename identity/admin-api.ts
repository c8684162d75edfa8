/**
 * The part of Keycloak 26's Admin REST API that `npm run network:sync` uses, on the development identity provider:
 * organizations (list, search, create, read, update, delete), their members (list, add, read, remove), users by
 * username and a user by id (the hub's notification e-mail reads a user's address). Keycloak's paths, payloads and status codes: 201 with a Location for a creation, 204 for an update or a
 * deletion, `{ "errorMessage": ... }` with 400 or 409 for what the model refuses, 401 without a valid token, 403
 * without the realm-management role. Changes live in memory, in the realm the tokens are minted from, so a member
 * added here is in the next token's organization claim.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REALM } from '../packages/platform/src/auth/identity-contract.js';
import type { OrganizationDomainRepresentation, OrganizationRepresentation, Realm, UserRepresentation } from './realm.js';

/** Who may call: the verified token's subject, or undefined for a missing or invalid token. */
export type AdminCaller = (authorization: string | undefined) => Promise<UserRepresentation | undefined>;

class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, string>,
  ) {
    super(JSON.stringify(body));
  }
}

/** Keycloak's ErrorResponse.error(message, status). */
const refused = (status: number, errorMessage: string) => new AdminError(status, { errorMessage });
/** What Keycloak answers for a JAX-RS exception (NotFoundException, ForbiddenException, ...). */
const http = (status: number, reason: string) => new AdminError(status, { error: `HTTP ${status} ${reason}` });

const MAX_BODY_BYTES = 256 * 1024;
/** The domain part of an email address, as Keycloak's EmailValidationUtil checks it. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;

export const ADMIN_PREFIX = `/admin/realms/${REALM}`;

export function isAdminPath(path: string): boolean {
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

export async function handleAdminRequest(
  realm: Realm,
  authenticate: AdminCaller,
  baseUrl: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  try {
    const caller = await authenticate(request.headers.authorization);
    if (!caller) throw http(401, 'Unauthorized');
    const body = request.method === 'POST' || request.method === 'PUT' ? await readJson(request) : undefined;
    const result = route(realm, caller, `${baseUrl}${url.pathname}`, request.method ?? 'GET', url, body);
    if (result.status === 201) {
      response.writeHead(201, { location: result.location! });
      return void response.end();
    }
    if (result.status === 204) {
      response.writeHead(204);
      return void response.end();
    }
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
    response.end(JSON.stringify(result.body));
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    response.writeHead(error.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(error.body));
  }
}

interface Result {
  status: 200 | 201 | 204;
  body?: unknown;
  location?: string;
}

function route(realm: Realm, caller: UserRepresentation, absolute: string, method: string, url: URL, body: unknown): Result {
  const parts = url.pathname.slice(ADMIN_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  const roles = caller.clientRoles?.['realm-management'] ?? [];

  if (parts[0] === 'users' && parts.length === 1 && method === 'GET') {
    if (!roles.some((role) => ['view-users', 'manage-users', 'manage-realm'].includes(role))) throw http(403, 'Forbidden');
    return { status: 200, body: searchUsers(realm, url.searchParams) };
  }
  if (parts[0] === 'users' && parts.length === 2 && method === 'GET') {
    // UsersResource.user(id): the user's representation, to any caller who may view users.
    if (!roles.some((role) => ['view-users', 'manage-users'].includes(role))) throw http(403, 'Forbidden');
    const user = realm.userById(parts[1]!);
    if (!user) throw refused(404, 'User not found');
    return { status: 200, body: userRepresentation(user) };
  }
  if (parts[0] !== 'organizations') throw http(404, 'Not Found');
  // Every organizations endpoint asks manage-realm (auth.realm().requireManageRealm()).
  if (!roles.includes('manage-realm')) throw http(403, 'Forbidden');
  if (!realm.representation.organizationsEnabled) throw refused(400, 'Organizations not enabled for this realm.');

  if (parts.length === 1) {
    if (method === 'GET') return { status: 200, body: searchOrganizations(realm, url.searchParams) };
    if (method === 'POST') {
      const created = createOrganization(realm, body);
      return { status: 201, location: `${absolute}/${created.id}` };
    }
    throw http(405, 'Method Not Allowed');
  }
  if (parts[1] === 'count' && parts.length === 2 && method === 'GET') {
    return { status: 200, body: (searchOrganizations(realm, url.searchParams, true) as OrganizationRepresentation[]).length };
  }
  const organization = realm.organizations.find((candidate) => candidate.id === parts[1]);
  if (!organization) throw refused(404, 'Organization not found.');

  if (parts.length === 2) {
    if (method === 'GET') return { status: 200, body: representation(organization, false) };
    if (method === 'PUT') {
      updateOrganization(realm, organization, body);
      return { status: 204 };
    }
    if (method === 'DELETE') {
      realm.organizations.splice(realm.organizations.indexOf(organization), 1);
      return { status: 204 };
    }
    throw http(405, 'Method Not Allowed');
  }
  if (parts[2] !== 'members') throw http(404, 'Not Found');
  organization.members ??= [];
  const members = organization.members;

  if (parts.length === 3) {
    if (method === 'GET') {
      const { first, max } = paging(url.searchParams);
      const users = members.map((member) => realm.user(member.username)).filter((user): user is UserRepresentation => !!user);
      return { status: 200, body: users.slice(first, first + max).map(memberRepresentation) };
    }
    if (method === 'POST') {
      // The body is the user's id, with or without quotes (Keycloak trims both since 26.0.6).
      const id = String(typeof body === 'string' ? body : '')
        .trim()
        .replace(/^"|"$/g, '');
      const user = realm.userById(id);
      if (!user) throw refused(400, 'User does not exist');
      if (members.some((member) => member.username.toLowerCase() === user.username.toLowerCase())) {
        throw refused(409, 'User is already a member of the organization.');
      }
      members.push({ username: user.username, membershipType: 'UNMANAGED' });
      return { status: 201, location: `${absolute}/${user.id}` };
    }
    throw http(405, 'Method Not Allowed');
  }
  if (parts[3] === 'count' && parts.length === 4 && method === 'GET') return { status: 200, body: members.length };
  if (parts.length === 4) {
    const user = realm.userById(parts[3]!);
    const index = user ? members.findIndex((member) => member.username.toLowerCase() === user.username.toLowerCase()) : -1;
    if (!user || index < 0) throw http(404, 'Not Found');
    if (method === 'GET') return { status: 200, body: memberRepresentation(user) };
    if (method === 'DELETE') {
      members.splice(index, 1);
      return { status: 204 };
    }
    throw http(405, 'Method Not Allowed');
  }
  throw http(404, 'Not Found');
}

function paging(query: URLSearchParams): { first: number; max: number } {
  const first = Number(query.get('first') ?? 0);
  const max = Number(query.get('max') ?? 10);
  return { first: Number.isInteger(first) && first > 0 ? first : 0, max: Number.isInteger(max) && max >= 0 ? max : 10 };
}

/** GET organizations: `search` (name or domain, partial unless `exact`), `q` (`key:value` attributes), paging, ordered by name. */
function searchOrganizations(realm: Realm, query: URLSearchParams, all = false): OrganizationRepresentation[] | number {
  const search = query.get('search')?.toLowerCase();
  const exact = query.get('exact') === 'true';
  const attributes = (query.get('q') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)] as const);
  const matches = (value: string) => (exact ? value.toLowerCase() === search : value.toLowerCase().includes(search!));
  const found = realm.organizations
    .filter((organization) => !search || matches(organization.name) || (organization.domains ?? []).some((domain) => matches(domain.name)))
    .filter((organization) => attributes.every(([key, value]) => organization.attributes?.[key]?.includes(value)))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (all) return found;
  const { first, max } = paging(query);
  const brief = query.get('briefRepresentation') !== 'false';
  return found.slice(first, first + max).map((organization) => representation(organization, brief));
}

/** OrganizationRepresentation as Keycloak answers it; the brief one leaves the attributes out. */
function representation(organization: OrganizationRepresentation, brief: boolean): OrganizationRepresentation {
  return {
    id: organization.id,
    name: organization.name,
    alias: organization.alias,
    enabled: organization.enabled !== false,
    description: organization.description ?? '',
    redirectUrl: organization.redirectUrl ?? '',
    ...(brief ? {} : { attributes: structuredClone(organization.attributes ?? {}) }),
    domains: (organization.domains ?? []).map((domain) => ({ name: domain.name, verified: domain.verified ?? false })),
  };
}

function memberRepresentation(user: UserRepresentation) {
  return {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    emailVerified: user.emailVerified ?? false,
    enabled: user.enabled !== false,
    membershipType: 'UNMANAGED',
  };
}

function searchUsers(realm: Realm, query: URLSearchParams) {
  const username = query.get('username')?.toLowerCase();
  const exact = query.get('exact') === 'true';
  const { first, max } = paging(query);
  const users = realm.users.filter(
    (user) => !username || (exact ? user.username.toLowerCase() === username : user.username.toLowerCase().includes(username)),
  );
  return users.slice(first, first + (query.has('max') ? max : 100)).map(userRepresentation);
}

/** UserRepresentation as Keycloak answers it, never the credentials. */
function userRepresentation(user: UserRepresentation) {
  return {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    emailVerified: user.emailVerified ?? false,
    enabled: user.enabled !== false,
  };
}

function asOrganization(body: unknown): Partial<OrganizationRepresentation> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw refused(400, 'Organization cannot be null.');
  return body;
}

function createOrganization(realm: Realm, body: unknown): OrganizationRepresentation {
  const given = asOrganization(body);
  const name = typeof given.name === 'string' ? given.name.trim() : '';
  if (!name) throw refused(400, 'Name can not be null');
  const alias = typeof given.alias === 'string' && given.alias.trim() ? given.alias : name;
  if (/\s/.test(alias)) throw refused(400, 'Empty Space not allowed.');
  if (realm.organizations.some((organization) => organization.name === name)) {
    throw refused(409, 'A organization with the same name already exists.');
  }
  if (realm.organizations.some((organization) => organization.alias === alias)) {
    throw refused(409, 'A organization with the same alias already exists');
  }
  // The id is Keycloak's own: one given in the body is ignored, as Keycloak does.
  const created: OrganizationRepresentation = { id: randomUUID(), name, alias, members: [] };
  applyChanges(realm, created, given);
  realm.organizations.push(created);
  return created;
}

function updateOrganization(realm: Realm, organization: OrganizationRepresentation, body: unknown): void {
  const given = asOrganization(body);
  if (
    given.name !== undefined &&
    given.name !== organization.name &&
    realm.organizations.some((other) => other !== organization && other.name === given.name)
  ) {
    throw refused(409, 'A organization with the same name already exists.');
  }
  if (given.alias !== undefined && given.alias !== null && given.alias !== '' && given.alias !== organization.alias) {
    throw refused(400, 'Cannot change the alias');
  }
  const copy = structuredClone(organization);
  applyChanges(realm, copy, given);
  Object.assign(organization, copy);
}

/** RepresentationToModel.toModel: name, enabled, description, redirect URL; attributes and domains only when given. */
function applyChanges(realm: Realm, target: OrganizationRepresentation, given: Partial<OrganizationRepresentation>): void {
  if (typeof given.name === 'string' && given.name.trim()) target.name = given.name.trim();
  target.enabled = given.enabled !== false;
  target.description = typeof given.description === 'string' ? given.description : '';
  if (given.redirectUrl) {
    try {
      const parsed = new URL(given.redirectUrl);
      if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('scheme');
    } catch {
      throw refused(400, 'Invalid redirect URL');
    }
  }
  target.redirectUrl = given.redirectUrl ?? '';
  if (given.attributes !== undefined && given.attributes !== null) {
    const attributes: Record<string, string[]> = {};
    for (const [key, values] of Object.entries(given.attributes)) {
      attributes[key] = (Array.isArray(values) ? values : [values]).map(String);
    }
    target.attributes = attributes;
  }
  if (given.domains !== undefined && given.domains !== null) {
    const domains: OrganizationDomainRepresentation[] = [];
    for (const domain of given.domains) {
      const name = typeof domain?.name === 'string' ? domain.name.trim().toLowerCase() : '';
      if (!name) throw refused(400, 'Domain name cannot be empty');
      if (!DOMAIN.test(name)) throw refused(400, `The specified domain is invalid: ${name}`);
      const owner = realm.organizations.find(
        (other) => other.id !== target.id && (other.domains ?? []).some((candidate) => candidate.name === name),
      );
      if (owner) throw refused(400, `Domain ${name} is already linked to another organization in realm ${realm.name}`);
      if (!domains.some((candidate) => candidate.name === name)) domains.push({ name, verified: domain.verified === true });
    }
    target.domains = domains;
  }
}

/** A JSON body (Keycloak answers 400 for one it cannot read); a member's id may also come as a bare string. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw http(413, 'Request Entity Too Large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') throw http(415, 'Unsupported Media Type');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A member's id sent unquoted: Keycloak reads the body as a plain string.
    return text;
  }
}
