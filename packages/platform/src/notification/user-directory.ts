import { ClientCredentials, keycloakAdminUrl } from '../auth/client-credentials.js';
import type { IdentityConfig } from '../config.js';

/** Where the hub learns a user's e-mail address when it must write to them: the realm, asked each time, never copied. */
export interface UserDirectory {
  /** The address of the user with this id (the token subject); null for no such user, a disabled one, or none given. */
  emailOf(userId: string): Promise<string | null>;
}

const TIMEOUT_MS = 10_000;

/**
 * Keycloak's Admin REST API (`GET /admin/realms/<realm>/users/<id>`) with the client credentials of a confidential
 * client whose service account has realm-management `view-users` only. The realm is reached where the services reach
 * it (`OIDC_DISCOVERY_URL` in containers, else the issuer), on Keycloak's fixed paths: the token endpoint the realm
 * advertises may name the browser's host.
 */
export class KeycloakUserDirectory implements UserDirectory {
  readonly #adminUrl: string;
  readonly #credentials: ClientCredentials;

  constructor(identity: IdentityConfig, client: { clientId: string; clientSecret: string }) {
    const realmUrl = (identity.discoveryUrl ?? identity.issuer).replace(/\/\.well-known\/openid-configuration$/, '').replace(/\/+$/, '');
    this.#adminUrl = keycloakAdminUrl(realmUrl);
    this.#credentials = new ClientCredentials({ ...client, tokenEndpoint: () => `${realmUrl}/protocol/openid-connect/token` });
  }

  async emailOf(userId: string): Promise<string | null> {
    const response = await fetch(`${this.#adminUrl}/users/${encodeURIComponent(userId)}`, {
      headers: { authorization: `Bearer ${await this.#credentials.accessToken()}`, accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`Keycloak answered ${response.status} for a user (client ${this.#credentials.clientId})`);
    const user = (await response.json()) as { email?: string; enabled?: boolean };
    return user.enabled !== false && user.email ? user.email : null;
  }
}
