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
  readonly #realmUrl: string;
  readonly #adminUrl: string;
  #token: { value: string; expiresAtMs: number } | undefined;

  constructor(
    identity: IdentityConfig,
    private readonly client: { clientId: string; clientSecret: string },
  ) {
    this.#realmUrl = (identity.discoveryUrl ?? identity.issuer).replace(/\/\.well-known\/openid-configuration$/, '').replace(/\/+$/, '');
    const at = this.#realmUrl.lastIndexOf('/realms/');
    if (at < 0) throw new Error(`${this.#realmUrl} is not a Keycloak realm (…/realms/<realm>)`);
    this.#adminUrl = `${this.#realmUrl.slice(0, at)}/admin${this.#realmUrl.slice(at)}`;
  }

  async emailOf(userId: string): Promise<string | null> {
    const response = await fetch(`${this.#adminUrl}/users/${encodeURIComponent(userId)}`, {
      headers: { authorization: `Bearer ${await this.#accessToken()}`, accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`Keycloak answered ${response.status} for a user (client ${this.client.clientId})`);
    const user = (await response.json()) as { email?: string; enabled?: boolean };
    return user.enabled !== false && user.email ? user.email : null;
  }

  async #accessToken(): Promise<string> {
    if (this.#token && Date.now() < this.#token.expiresAtMs) return this.#token.value;
    const basic = Buffer.from(`${encodeURIComponent(this.client.clientId)}:${encodeURIComponent(this.client.clientSecret)}`).toString(
      'base64',
    );
    const response = await fetch(`${this.#realmUrl}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token) {
      throw new Error(`Keycloak refused client ${this.client.clientId} a token: ${body.error ?? response.status}`);
    }
    // Renewed 30 s early, so a token never expires between being read and being used.
    this.#token = { value: body.access_token, expiresAtMs: Date.now() + Math.max(0, (body.expires_in ?? 60) - 30) * 1000 };
    return this.#token.value;
  }
}
