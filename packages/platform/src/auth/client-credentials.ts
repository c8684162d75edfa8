/**
 * The hub's own service accounts in Keycloak (the realm's organizations for `network:sync`, users' e-mail addresses
 * for notifications): an access token by the OAuth 2.0 client credentials grant (RFC 6749, section 4.4), kept until
 * 30 s before it expires, and the Admin REST API's address. Written once, here.
 */

const TIMEOUT_MS = 10_000;

/** The token endpoint refused the client (or answered no token). */
export class ClientCredentialsRefused extends Error {
  constructor(
    /** The HTTP status of the token endpoint's answer. */
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ClientCredentialsRefused';
  }
}

export class ClientCredentials {
  #token: { value: string; expiresAtMs: number } | undefined;

  constructor(
    private readonly options: {
      clientId: string;
      clientSecret: string;
      /** Where to ask: the realm's `token_endpoint`, found once per token (discovery, or Keycloak's fixed path). */
      tokenEndpoint: () => Promise<string> | string;
    },
  ) {}

  get clientId(): string {
    return this.options.clientId;
  }

  async accessToken(): Promise<string> {
    if (this.#token && Date.now() < this.#token.expiresAtMs) return this.#token.value;
    const { clientId, clientSecret } = this.options;
    const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
    const response = await fetch(await this.options.tokenEndpoint(), {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error?: string;
      error_description?: string;
    };
    if (!response.ok || !body.access_token) {
      const why = `${body.error ?? response.status} ${body.error_description ?? ''}`.trim();
      throw new ClientCredentialsRefused(response.status, `client ${clientId} was refused a token: ${why}`);
    }
    // Renewed 30 s early, so a token never expires between being read and being used.
    this.#token = { value: body.access_token, expiresAtMs: Date.now() + Math.max(0, (body.expires_in ?? 60) - 30) * 1000 };
    return this.#token.value;
  }
}

/** `<server>/realms/<realm>` -> `<server>/admin/realms/<realm>`, whatever path Keycloak is served under. */
export function keycloakAdminUrl(realmUrl: string): string {
  const realm = realmUrl.replace(/\/+$/, '');
  const at = realm.lastIndexOf('/realms/');
  if (at < 0) throw new Error(`${realmUrl} is not a Keycloak realm (…/realms/<realm>)`);
  return `${realm.slice(0, at)}/admin${realm.slice(at)}`;
}
