/**
 * A small client of Keycloak 26's Admin REST API for the realm's organizations, signed in with the client
 * credentials of a confidential client whose service account has realm-management's manage-realm. The token
 * endpoint comes from the realm's OpenID discovery; a token is reused until shortly before it expires.
 */
import { ClientCredentials, ClientCredentialsRefused, keycloakAdminUrl } from '../packages/platform/src/auth/client-credentials.js';
import { ORGANISATION_ID_ATTRIBUTE } from '../packages/platform/src/auth/identity-contract.js';

export interface KeycloakOrganization {
  id: string;
  name: string;
  alias: string;
  enabled: boolean;
  description?: string;
  redirectUrl?: string;
  attributes?: Record<string, string[]>;
  domains?: { name: string; verified?: boolean }[];
}

export interface KeycloakMember {
  id: string;
  username: string;
}

export interface KeycloakAdminOptions {
  /** The realm's issuer, `https://keycloak.example/realms/shubh`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** A refusal from Keycloak, with its status and the message it gave (`errorMessage` or `error`). */
export class KeycloakAdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const PAGE = 100;
const TIMEOUT_MS = 10_000;

export class KeycloakAdminClient {
  readonly #base: string;
  readonly #credentials: ClientCredentials;

  constructor(private readonly options: KeycloakAdminOptions) {
    this.#base = keycloakAdminUrl(options.issuer);
    this.#credentials = new ClientCredentials({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      tokenEndpoint: () => this.#tokenEndpoint(),
    });
  }

  /** Every organization of the realm, with attributes and domains. */
  async organizations(): Promise<KeycloakOrganization[]> {
    const all: KeycloakOrganization[] = [];
    for (let first = 0; ; first += PAGE) {
      const page = (await this.#request(
        'GET',
        `/organizations?briefRepresentation=false&first=${first}&max=${PAGE}`,
      )) as KeycloakOrganization[];
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  }

  /** Creates an organization; Keycloak answers with its id in the Location header. */
  async createOrganization(organization: Omit<KeycloakOrganization, 'id'>): Promise<string> {
    const location = (await this.#request('POST', '/organizations', organization, 'location')) as string;
    return decodeURIComponent(location.slice(location.lastIndexOf('/') + 1));
  }

  async updateOrganization(organization: KeycloakOrganization): Promise<void> {
    await this.#request('PUT', `/organizations/${encodeURIComponent(organization.id)}`, organization);
  }

  async members(organizationId: string): Promise<KeycloakMember[]> {
    const all: KeycloakMember[] = [];
    for (let first = 0; ; first += PAGE) {
      const page = (await this.#request(
        'GET',
        `/organizations/${encodeURIComponent(organizationId)}/members?first=${first}&max=${PAGE}`,
      )) as KeycloakMember[];
      all.push(...page.map(({ id, username }) => ({ id, username })));
      if (page.length < PAGE) return all;
    }
  }

  /** Adds an existing user to an organization (the body is the user's id, as a JSON string). */
  async addMember(organizationId: string, userId: string): Promise<void> {
    await this.#request('POST', `/organizations/${encodeURIComponent(organizationId)}/members`, userId);
  }

  async removeMember(organizationId: string, userId: string): Promise<void> {
    await this.#request('DELETE', `/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(userId)}`);
  }

  /** The user with exactly this username, if any. */
  async userByUsername(username: string): Promise<KeycloakMember | undefined> {
    const users = (await this.#request('GET', `/users?username=${encodeURIComponent(username)}&exact=true`)) as KeycloakMember[];
    return users[0];
  }

  /** The realm's token endpoint, from its OpenID discovery. */
  async #tokenEndpoint(): Promise<string> {
    const issuer = this.options.issuer.replace(/\/+$/, '');
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!discovery.ok) throw new KeycloakAdminError(discovery.status, `OpenID discovery at ${issuer} answered ${discovery.status}`);
    const { token_endpoint: tokenEndpoint } = (await discovery.json()) as { token_endpoint?: string };
    if (!tokenEndpoint) throw new KeycloakAdminError(502, `OpenID discovery at ${issuer} names no token endpoint`);
    return tokenEndpoint;
  }

  async #accessToken(): Promise<string> {
    try {
      return await this.#credentials.accessToken();
    } catch (error) {
      if (error instanceof ClientCredentialsRefused) throw new KeycloakAdminError(error.status, error.message);
      throw error;
    }
  }

  async #request(method: string, path: string, body?: unknown, want: 'json' | 'location' = 'json'): Promise<unknown> {
    const response = await fetch(`${this.#base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.#accessToken()}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      const text = await response.text();
      let message = text;
      try {
        const parsed = JSON.parse(text) as { errorMessage?: string; error?: string };
        message = parsed.errorMessage ?? parsed.error ?? text;
      } catch {
        // not JSON: keep the text
      }
      throw new KeycloakAdminError(response.status, `${method} ${path}: ${response.status} ${message}`);
    }
    if (want === 'location') {
      const location = response.headers.get('location');
      if (!location) throw new KeycloakAdminError(502, `${method} ${path}: Keycloak answered ${response.status} without a Location`);
      return location;
    }
    // A creation (201) or an update (204) answers with no body.
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
}

/** The catalogue Organisation id an organization stands for (its `shubh-organisation-id` attribute), if it has one. */
export function catalogueIdOf(organization: KeycloakOrganization): string | undefined {
  const values = organization.attributes?.[ORGANISATION_ID_ATTRIBUTE] ?? [];
  return values.length === 1 ? values[0] : undefined;
}
