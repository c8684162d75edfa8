/**
 * A development stand-in for Keycloak: the same URLs (`/realms/shubh/...`), the same token endpoint errors and
 * the same access-token claims, read from the realm file Keycloak imports. The hub verifies its tokens exactly
 * as it verifies Keycloak's (OIDC discovery + JWKS), so nothing in the hub knows which one it talks to.
 * It has no login pages and never runs in production.
 */
import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { CLIENTS, REALM } from '../packages/platform/src/auth/identity-contract.js';
import { ConfigurationError } from '../packages/platform/src/config.js';
import { loadRealm, type ClientRepresentation, type Realm, type UserRepresentation } from './realm.js';

export interface DevIdentityProviderOptions {
  /** Default: the repository's `keycloak/realm-shubh.json`. */
  realm?: Realm;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** The URL clients use to reach it (the issuer is derived from it). Default `http://localhost:<port>`. */
  publicUrl?: string;
}

export interface TokenOptions {
  /** Default: the realm's access-token lifespan. */
  expiresInSeconds?: number;
  /** Default: the development command-line client (a service account: its own client). */
  clientId?: string;
  /** Moves `iat` (and `exp` with it) by this many seconds: tests of a clock that runs ahead. Default 0. */
  issuedAtOffsetSeconds?: number;
}

export interface DevIdentityProvider {
  /** `<publicUrl>/realms/shubh`: what OIDC_ISSUER_URL should be set to. */
  issuer: string;
  /** `<publicUrl>`. */
  url: string;
  /** Mints an access token for a realm user directly, without the token endpoint (for tests). */
  tokenFor(username: string, options?: TokenOptions): Promise<string>;
  /** Signs from now on with a new key; the JWKS keeps the old ones, so tokens already issued stay valid. */
  rotateKey(): Promise<void>;
  stop(): Promise<void>;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** Keycloak's error bodies: `{ error, error_description }` with the status its endpoints use. */
class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

const INVALID_CLIENT = () => new OAuthError(401, 'invalid_client', 'Invalid client or Invalid client credentials');
const INVALID_CREDENTIALS = () => new OAuthError(401, 'invalid_grant', 'Invalid user credentials');
const MAX_BODY_BYTES = 64 * 1024;

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const publicJwk = await exportJWK(publicKey);
  return { kid: await calculateJwkThumbprint(publicJwk), privateKey, publicJwk };
}

/** Compares secrets without leaking, through timing, how much of them matched (hashes make lengths equal). */
function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;
}

export async function startDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  if (process.env.NODE_ENV === 'production') {
    throw new ConfigurationError('the development identity provider never runs in production: set OIDC_ISSUER_URL to your Keycloak realm');
  }
  const realm = options.realm ?? loadRealm();
  const keys: SigningKey[] = [await newSigningKey()];
  const currentKey = () => keys[keys.length - 1]!;

  let issuer = '';
  const realmPath = `/realms/${REALM}`;
  const paths = {
    discovery: `${realmPath}/.well-known/openid-configuration`,
    certs: `${realmPath}/protocol/openid-connect/certs`,
    token: `${realmPath}/protocol/openid-connect/token`,
    authorization: `${realmPath}/protocol/openid-connect/auth`,
  };

  async function mint(
    user: UserRepresentation,
    client: ClientRepresentation,
    grant: { expiresInSeconds?: number | undefined; issuedAtOffsetSeconds?: number | undefined; openid: boolean; session: boolean },
  ) {
    const iat = Math.floor(Date.now() / 1000) + (grant.issuedAtOffsetSeconds ?? 0);
    const expiresIn = grant.expiresInSeconds ?? realm.accessTokenLifespan;
    const { aud, sub, ...mapped } = realm.claimsFor(user, client, grant.session ? { authTime: iat } : {});
    const scope = [
      ...(grant.openid ? ['openid'] : []),
      ...realm
        .scopesOf(client)
        .filter((scope) => scope.attributes?.['include.in.token.scope'] !== 'false')
        .map((scope) => scope.name),
    ].join(' ');
    // Keycloak's order: registered claims, then the session, then what the mappers add.
    const payload = {
      exp: iat + expiresIn,
      iat,
      jti: randomUUID(),
      iss: issuer,
      ...(aud === undefined ? {} : { aud }),
      ...(sub === undefined ? {} : { sub }),
      typ: 'Bearer',
      azp: client.clientId,
      // Keycloak 26 opens no user session for client credentials, hence no `sid` there.
      ...(grant.session ? { sid: randomUUID() } : {}),
      scope,
      ...mapped,
    };
    const key = currentKey();
    const token = await new SignJWT(payload as Record<string, unknown>)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .sign(key.privateKey);
    return { token, expiresIn, scope };
  }

  /** The client a token request authenticates as: HTTP Basic or form parameters, as Keycloak accepts both. */
  function authenticateClient(request: IncomingMessage, form: URLSearchParams): ClientRepresentation {
    let clientId = form.get('client_id') ?? undefined;
    let secret = form.get('client_secret') ?? undefined;
    const authorization = request.headers.authorization;
    if (authorization?.toLowerCase().startsWith('basic ')) {
      const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) throw INVALID_CLIENT();
      const basicId = decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' '));
      if (clientId !== undefined && clientId !== basicId) {
        throw new OAuthError(400, 'invalid_request', 'Inconsistent client_id in the Authorization header and the form');
      }
      clientId = basicId;
      secret = decodeURIComponent(decoded.slice(colon + 1).replaceAll('+', ' '));
    }
    if (!clientId) throw new OAuthError(401, 'invalid_client', 'Missing parameter: client_id');
    const client = realm.client(clientId);
    if (!client || client.enabled === false) throw INVALID_CLIENT();
    if (client.bearerOnly) throw new OAuthError(400, 'invalid_client', 'Bearer-only not allowed');
    if (!client.publicClient) {
      if (client.clientAuthenticatorType && client.clientAuthenticatorType !== 'client-secret') throw INVALID_CLIENT();
      if (!sameSecret(secret, client.secret)) throw INVALID_CLIENT();
    }
    return client;
  }

  async function token(request: IncomingMessage, form: URLSearchParams) {
    const grantType = form.get('grant_type');
    if (!grantType) throw new OAuthError(400, 'invalid_request', 'Missing form parameter: grant_type');
    if (grantType !== 'password' && grantType !== 'client_credentials') {
      throw new OAuthError(400, 'unsupported_grant_type', `Unsupported grant_type`);
    }
    const client = authenticateClient(request, form);
    const requested = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const unknown = requested.filter((scope) => scope !== 'openid' && !client.defaultClientScopes?.includes(scope));
    if (unknown.length > 0) throw new OAuthError(400, 'invalid_scope', `Invalid scopes: ${requested.join(' ')}`);
    const openid = requested.includes('openid');

    if (grantType === 'password') {
      if (!client.directAccessGrantsEnabled)
        throw new OAuthError(400, 'unauthorized_client', 'Client not allowed for direct access grants');
      const user = realm.user(form.get('username') ?? '');
      const credential = user && !user.serviceAccountClientId ? realm.passwordOf(user) : undefined;
      // Compare even when there is no such user, so the answer takes as long either way.
      const matches = sameSecret(form.get('password') ?? '', credential?.value ?? randomUUID());
      if (!user || !credential || !matches) throw INVALID_CREDENTIALS();
      if (user.enabled === false) throw new OAuthError(400, 'invalid_grant', 'Account disabled');
      if (credential.temporary) throw new OAuthError(400, 'invalid_grant', 'Account is not fully set up');
      return mint(user, client, { openid, session: true });
    }

    if (client.publicClient) throw new OAuthError(401, 'unauthorized_client', 'Public client not allowed to retrieve service account');
    if (!client.serviceAccountsEnabled) throw new OAuthError(401, 'unauthorized_client', 'Client not enabled to retrieve service account');
    const serviceAccount = realm.serviceAccountUser(client.clientId);
    if (!serviceAccount || serviceAccount.enabled === false) {
      throw new OAuthError(400, 'invalid_request', `Client "${client.clientId}" has no service account user in the realm`);
    }
    return mint(serviceAccount, client, { openid, session: false });
  }

  function discovery() {
    const base = `${issuer}/protocol/openid-connect`;
    return {
      issuer,
      authorization_endpoint: `${base}/auth`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/certs`,
      grant_types_supported: ['password', 'client_credentials'],
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: ['openid', ...realm.clientScopes.map((scope) => scope.name)],
      claims_supported: [
        'aud',
        'sub',
        'iss',
        'auth_time',
        'name',
        'given_name',
        'family_name',
        'preferred_username',
        'email',
        'email_verified',
        'azp',
        'typ',
        'sid',
        'scope',
      ],
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const method = request.method ?? 'GET';
    const allowed: Record<string, string> = {
      [paths.discovery]: 'GET',
      [paths.certs]: 'GET',
      [paths.token]: 'POST',
      [paths.authorization]: 'GET',
    };
    if (!(path in allowed)) return send(response, 404, { error: 'Unable to find matching target resource method' });
    if (method !== allowed[path]) return send(response, 405, { error: 'HTTP 405 Method Not Allowed' }, { allow: allowed[path]! });

    if (path === paths.discovery) return send(response, 200, discovery());
    if (path === paths.certs) {
      // Newest first, as the key that signs new tokens; older keys stay for the tokens they signed.
      const jwks = [...keys]
        .reverse()
        .map((key) => ({ kid: key.kid, kty: 'RSA', alg: 'RS256', use: 'sig', n: key.publicJwk.n, e: key.publicJwk.e }));
      return send(response, 200, { keys: jwks });
    }
    if (path === paths.authorization) {
      return send(response, 501, {
        error: 'not_implemented',
        error_description:
          'The development identity provider has no login pages: get a token with `npm run token -- <username>`, or run Keycloak for browser logins.',
      });
    }

    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/x-www-form-urlencoded') {
      return send(response, 400, {
        error: 'invalid_request',
        error_description: 'The token endpoint takes application/x-www-form-urlencoded',
      });
    }
    const body = await readBody(request);
    if (body === undefined) return send(response, 413, { error: 'invalid_request', error_description: 'Request body too large' });
    try {
      const issued = await token(request, new URLSearchParams(body));
      return send(response, 200, {
        access_token: issued.token,
        expires_in: issued.expiresIn,
        refresh_expires_in: 0,
        token_type: 'Bearer',
        'not-before-policy': 0,
        scope: issued.scope,
      });
    } catch (error) {
      if (error instanceof OAuthError) return send(response, error.status, { error: error.error, error_description: error.description });
      throw error;
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('development identity provider:', error);
      if (!response.headersSent) send(response, 500, { error: 'server_error', error_description: 'Internal error' });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
  issuer = `${url}${realmPath}`;

  return {
    issuer,
    url,
    async tokenFor(username, tokenOptions = {}) {
      const user = realm.user(username);
      if (!user) throw new Error(`the realm has no user "${username}"`);
      // A service account's token is its own client's; anyone else's defaults to the dev command line.
      const clientId = tokenOptions.clientId ?? user.serviceAccountClientId ?? CLIENTS.devCli;
      const client = realm.client(clientId);
      if (!client) throw new Error(`the realm has no client "${clientId}"`);
      const isServiceAccount = user.serviceAccountClientId !== undefined;
      return (
        await mint(user, client, {
          expiresInSeconds: tokenOptions.expiresInSeconds,
          issuedAtOffsetSeconds: tokenOptions.issuedAtOffsetSeconds,
          openid: !isServiceAccount,
          session: !isServiceAccount,
        })
      ).token;
    },
    async rotateKey() {
      keys.push(await newSigningKey());
    },
    async stop() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', pragma: 'no-cache', ...headers });
  response.end(JSON.stringify(body));
}

/** The request body, or undefined when it exceeds the limit. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
