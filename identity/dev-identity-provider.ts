/**
 * A development stand-in for Keycloak: the same URLs (`/realms/shubh/...`), the same token endpoint errors and
 * the same access-token claims, read from the realm file Keycloak imports. The hub verifies its tokens exactly
 * as it verifies Keycloak's (OIDC discovery + JWKS), so nothing in the hub knows which one it talks to.
 * Browsers sign in through its login page with the authorization code flow and PKCE (`browser-sign-in.ts`), as
 * with Keycloak. It never runs in production.
 */
import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, jwtVerify, type CryptoKey, type JWK } from 'jose';
import { CLIENTS, REALM } from '../packages/platform/src/auth/identity-contract.js';
import { ConfigurationError } from '../packages/platform/src/config.js';
import {
  allowedOrigins,
  BrowserSignIn,
  errorPage,
  loginPage,
  logoutConfirmationPage,
  postLogoutRedirectUris,
  RedirectError,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  sessionCookie,
  SignInPageError,
  type AuthorizationRequest,
  type SignInSession,
} from './browser-sign-in.js';
import { handleAdminRequest, isAdminPath } from './admin-api.js';
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
    authenticate: `${realmPath}/login-actions/authenticate`,
    logout: `${realmPath}/protocol/openid-connect/logout`,
  };
  const signIn = new BrowserSignIn(realm);

  async function mint(
    user: UserRepresentation,
    client: ClientRepresentation,
    grant: {
      expiresInSeconds?: number | undefined;
      issuedAtOffsetSeconds?: number | undefined;
      openid: boolean;
      session: boolean | SignInSession;
    },
  ) {
    const iat = Math.floor(Date.now() / 1000) + (grant.issuedAtOffsetSeconds ?? 0);
    const expiresIn = grant.expiresInSeconds ?? realm.accessTokenLifespan;
    const session = typeof grant.session === 'object' ? grant.session : undefined;
    const authTime = session?.authTime ?? iat;
    const { aud, sub, ...mapped } = realm.claimsFor(user, client, grant.session ? { authTime } : {});
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
      ...(grant.session ? { sid: session?.id ?? randomUUID() } : {}),
      scope,
      ...mapped,
    };
    const key = currentKey();
    const token = await new SignJWT(payload as Record<string, unknown>)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .sign(key.privateKey);
    return { token, expiresIn, scope };
  }

  /** An ID token as Keycloak writes one: for the client, with the request's nonce, the session and `at_hash`. */
  async function mintIdToken(
    user: UserRepresentation,
    client: ClientRepresentation,
    session: SignInSession,
    accessToken: string,
    nonce?: string,
  ) {
    const iat = Math.floor(Date.now() / 1000);
    const claims = realm.claimsFor(user, client, { authTime: session.authTime }, [], 'id');
    const digest = createHash('sha256').update(accessToken, 'ascii').digest();
    const payload = {
      exp: iat + realm.accessTokenLifespan,
      iat,
      auth_time: session.authTime,
      jti: randomUUID(),
      iss: issuer,
      ...claims,
      aud: client.clientId,
      typ: 'ID',
      azp: client.clientId,
      ...(nonce === undefined ? {} : { nonce }),
      sid: session.id,
      at_hash: digest.subarray(0, digest.length / 2).toString('base64url'),
    };
    const key = currentKey();
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid }).sign(key.privateKey);
  }

  /** The tokens of a browser session: access, ID and a refresh token that lives as long as the session. */
  async function sessionTokens(session: SignInSession, client: ClientRepresentation, scope: string[], nonce?: string) {
    const openid = scope.includes('openid');
    const access = await mint(session.user, client, { openid, session });
    return {
      access_token: access.token,
      expires_in: access.expiresIn,
      refresh_expires_in: SESSION_IDLE_MS / 1000,
      refresh_token: signIn.issueRefreshToken({ sessionId: session.id, clientId: client.clientId, scope, nonce }),
      token_type: 'Bearer',
      ...(openid ? { id_token: await mintIdToken(session.user, client, session, access.token, nonce) } : {}),
      'not-before-policy': 0,
      session_state: session.id,
      scope: access.scope,
    };
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
    if (!['password', 'client_credentials', 'authorization_code', 'refresh_token'].includes(grantType)) {
      throw new OAuthError(400, 'unsupported_grant_type', `Unsupported grant_type`);
    }
    const client = authenticateClient(request, form);
    if (grantType === 'authorization_code' || grantType === 'refresh_token') {
      try {
        if (grantType === 'authorization_code') {
          if (!client.standardFlowEnabled) throw new OAuthError(400, 'unauthorized_client', 'Client not allowed to exchange code');
          const { session, request: authorization } = signIn.redeemCode(
            form.get('code'),
            client,
            form.get('redirect_uri'),
            form.get('code_verifier'),
          );
          return await sessionTokens(session, client, authorization.scope, authorization.nonce);
        }
        const { session, grant } = signIn.redeemRefreshToken(form.get('refresh_token'), client);
        return await sessionTokens(session, client, grant.scope, grant.nonce);
      } catch (error) {
        if (error instanceof RedirectError) throw new OAuthError(400, error.error, error.description);
        throw error;
      }
    }
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
      return tokenResponse(await mint(user, client, { openid, session: true }));
    }

    if (client.publicClient) throw new OAuthError(401, 'unauthorized_client', 'Public client not allowed to retrieve service account');
    if (!client.serviceAccountsEnabled) throw new OAuthError(401, 'unauthorized_client', 'Client not enabled to retrieve service account');
    const serviceAccount = realm.serviceAccountUser(client.clientId);
    if (!serviceAccount || serviceAccount.enabled === false) {
      throw new OAuthError(400, 'invalid_request', `Client "${client.clientId}" has no service account user in the realm`);
    }
    return tokenResponse(await mint(serviceAccount, client, { openid, session: false }));
  }

  function tokenResponse(issued: { token: string; expiresIn: number; scope: string }) {
    return {
      access_token: issued.token,
      expires_in: issued.expiresIn,
      refresh_expires_in: 0,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope: issued.scope,
    };
  }

  function discovery() {
    const base = `${issuer}/protocol/openid-connect`;
    return {
      issuer,
      authorization_endpoint: `${base}/auth`,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/certs`,
      end_session_endpoint: `${base}/logout`,
      grant_types_supported: ['authorization_code', 'refresh_token', 'password', 'client_credentials'],
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment'],
      code_challenge_methods_supported: ['S256'],
      authorization_response_iss_parameter_supported: true,
      frontchannel_logout_supported: false,
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

  /** CORS as Keycloak answers it: discovery and keys for any origin, the token endpoint for the client's web origins. */
  function corsHeaders(request: IncomingMessage, path: string, form?: URLSearchParams): Record<string, string> {
    const origin = request.headers.origin;
    if (!origin) return {};
    if (path === paths.discovery || path === paths.certs) return { 'access-control-allow-origin': '*' };
    const clientId = form?.get('client_id');
    const client = clientId ? realm.client(clientId) : undefined;
    // A preflight names no client yet: answer it for any origin some client allows, as the real check follows.
    const allowed = client ? allowedOrigins(client) : new Set(realm.clients.flatMap((each) => [...allowedOrigins(each)]));
    if (!allowed.has(origin) && !allowed.has('*')) return {};
    return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = request.method ?? 'GET';
    if (isAdminPath(path)) return handleAdminRequest(realm, adminCaller, url_(), request, response);
    const allowed: Record<string, string[]> = {
      [paths.discovery]: ['GET'],
      [paths.certs]: ['GET'],
      [paths.token]: ['POST'],
      [paths.authorization]: ['GET', 'POST'],
      [paths.authenticate]: ['POST'],
      [paths.logout]: ['GET', 'POST'],
    };
    if (!(path in allowed)) return send(response, 404, { error: 'Unable to find matching target resource method' });
    if (method === 'OPTIONS' && (path === paths.token || path === paths.discovery || path === paths.certs)) {
      response.writeHead(200, {
        ...corsHeaders(request, path),
        'access-control-allow-methods': allowed[path]!.join(', '),
        'access-control-allow-headers': 'Origin, Accept, X-Requested-With, Content-Type, Authorization',
        'access-control-max-age': '3600',
      });
      return response.end();
    }
    if (!allowed[path]!.includes(method)) {
      return send(response, 405, { error: 'HTTP 405 Method Not Allowed' }, { allow: allowed[path]!.join(', ') });
    }

    if (path === paths.discovery) return send(response, 200, discovery(), corsHeaders(request, path));
    if (path === paths.certs) {
      // Newest first, as the key that signs new tokens; older keys stay for the tokens they signed.
      const jwks = [...keys]
        .reverse()
        .map((key) => ({ kid: key.kid, kty: 'RSA', alg: 'RS256', use: 'sig', n: key.publicJwk.n, e: key.publicJwk.e }));
      return send(response, 200, { keys: jwks }, corsHeaders(request, path));
    }

    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    let form = new URLSearchParams();
    if (method === 'POST') {
      if (contentType !== 'application/x-www-form-urlencoded') {
        return send(response, 400, { error: 'invalid_request', error_description: 'The endpoint takes application/x-www-form-urlencoded' });
      }
      const body = await readBody(request);
      if (body === undefined) return send(response, 413, { error: 'invalid_request', error_description: 'Request body too large' });
      form = new URLSearchParams(body);
    }

    if (path === paths.authorization) return authorize(request, response, method === 'POST' ? form : url.searchParams);
    if (path === paths.authenticate) return authenticate(request, response, url.searchParams, form);
    if (path === paths.logout) return logout(request, response, method === 'POST' ? form : url.searchParams);

    const cors = corsHeaders(request, path, form);
    try {
      return send(response, 200, await token(request, form), cors);
    } catch (error) {
      if (error instanceof OAuthError)
        return send(response, error.status, { error: error.error, error_description: error.description }, cors);
      throw error;
    }
  }

  /** The authorization endpoint: a code at once for a live session, else the login page (or `login_required`). */
  function authorize(request: IncomingMessage, response: ServerResponse, query: URLSearchParams) {
    let parsed: ReturnType<BrowserSignIn['parseAuthorizationRequest']>;
    try {
      parsed = signIn.parseAuthorizationRequest(query);
    } catch (error) {
      if (error instanceof SignInPageError) return sendHtml(response, 400, errorPage(error.message));
      if (error instanceof RedirectError) {
        const failed = (error as RedirectError & { request: AuthorizationRequest }).request;
        return redirect(response, signIn.redirectWith(failed, { error: error.error, error_description: error.description }));
      }
      throw error;
    }
    const { request: authorization, prompt } = parsed;
    const session = prompt.includes('login') ? undefined : signIn.session(sessionCookie(request.headers.cookie));
    if (session) return redirect(response, signIn.issueCode(authorization, session, issuer));
    if (prompt.includes('none')) {
      return redirect(response, signIn.redirectWith(authorization, { error: 'login_required', error_description: 'Login required' }));
    }
    const loginId = signIn.startLogin(authorization);
    return sendHtml(
      response,
      200,
      loginPage({ action: `${issuer}/login-actions/authenticate?tab_id=${loginId}`, realmName: realmTitle() }),
    );
  }

  /** The login form's submission: the realm's users and passwords, Keycloak's message for anything wrong. */
  function authenticate(request: IncomingMessage, response: ServerResponse, query: URLSearchParams, form: URLSearchParams) {
    const loginId = query.get('tab_id');
    const authorization = signIn.pendingLogin(loginId);
    if (!authorization || !loginId) {
      return sendHtml(response, 400, errorPage('La pagina di accesso è scaduta: torna all’applicazione e accedi di nuovo.'));
    }
    const username = form.get('username') ?? '';
    const user = realm.user(username);
    const credential = user && !user.serviceAccountClientId ? realm.passwordOf(user) : undefined;
    const matches = sameSecret(form.get('password') ?? '', credential?.value ?? randomUUID());
    const action = `${issuer}/login-actions/authenticate?tab_id=${loginId}`;
    if (!user || !credential || !matches || credential.temporary) {
      return sendHtml(response, 401, loginPage({ action, realmName: realmTitle(), username, error: 'Nome utente o password non validi.' }));
    }
    if (user.enabled === false) {
      return sendHtml(response, 401, loginPage({ action, realmName: realmTitle(), username, error: 'Account disabilitato.' }));
    }
    const session = signIn.finishLogin(loginId, user);
    const cookie = `${SESSION_COOKIE}=${session.id}; Path=${realmPath}/; HttpOnly; SameSite=Lax`;
    return redirect(response, signIn.issueCode(authorization, session, issuer), { 'set-cookie': cookie });
  }

  /** RP-initiated logout: ends the session and goes back to a registered post-logout URI. */
  async function logout(request: IncomingMessage, response: ServerResponse, query: URLSearchParams) {
    const hint = query.get('id_token_hint');
    let client = query.get('client_id') ? realm.client(query.get('client_id')!) : undefined;
    let hinted: string | undefined;
    if (hint) {
      try {
        const { payload } = await jwtVerify(hint, localKeys(), { issuer, algorithms: ['RS256'], clockTolerance: 365 * 24 * 3600 });
        const audience = typeof payload.aud === 'string' ? payload.aud : payload.aud?.[0];
        client = realm.client(typeof payload.azp === 'string' ? payload.azp : (audience ?? ''));
        hinted = typeof payload.sid === 'string' ? payload.sid : undefined;
      } catch {
        return sendHtml(response, 400, errorPage('Invalid parameter: id_token_hint'));
      }
    }
    const postLogout = query.get('post_logout_redirect_uri');
    if (postLogout && (!client || !postLogoutRedirectUris(client).some((uri) => matchesLogoutUri(uri, postLogout)))) {
      return sendHtml(response, 400, errorPage('Invalid redirect uri'));
    }
    if (!hint && query.get('confirm') !== 'yes') {
      const fields = Object.fromEntries([...query].filter(([name]) => name !== 'confirm'));
      return sendHtml(response, 200, logoutConfirmationPage(`${issuer}/protocol/openid-connect/logout`, fields));
    }
    const current = sessionCookie(request.headers.cookie);
    if (current) signIn.endSession(current);
    if (hinted) signIn.endSession(hinted);
    const expired = `${SESSION_COOKIE}=; Path=${realmPath}/; HttpOnly; SameSite=Lax; Max-Age=0`;
    if (!postLogout) return sendHtml(response, 200, errorPage('Sei uscito.'), { 'set-cookie': expired });
    const target = new URL(postLogout);
    if (query.get('state')) target.searchParams.set('state', query.get('state')!);
    return redirect(response, target.toString(), { 'set-cookie': expired });
  }

  /** The Admin API's caller: a valid access token of this realm whose user still exists and is enabled. */
  async function adminCaller(authorization: string | undefined): Promise<UserRepresentation | undefined> {
    const match = authorization ? /^Bearer (\S+)$/i.exec(authorization.trim()) : null;
    if (!match) return undefined;
    try {
      const { payload } = await jwtVerify(match[1]!, localKeys(), { issuer, algorithms: ['RS256'] });
      if (payload.typ !== 'Bearer' || typeof payload.sub !== 'string') return undefined;
      const user = realm.userById(payload.sub);
      return user && user.enabled !== false ? user : undefined;
    } catch {
      return undefined;
    }
  }
  const url_ = () => issuer.slice(0, -realmPath.length);

  const localKeys = () => async (header: { kid?: string }) => {
    const key = keys.find((candidate) => candidate.kid === header.kid);
    if (!key) throw new Error('unknown key');
    return key.publicJwk;
  };
  const realmTitle = () => realm.representation.displayName ?? realm.name;

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

function matchesLogoutUri(registered: string, requested: string): boolean {
  return registered.endsWith('*') ? requested.startsWith(registered.slice(0, -1)) : registered === requested;
}

function redirect(response: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  response.writeHead(302, { location, 'cache-control': 'no-store', ...headers });
  response.end();
}

function sendHtml(response: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The login page must not be framed by another site (clickjacking), as Keycloak's headers say.
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': "frame-ancestors 'self'; default-src 'self'; style-src 'unsafe-inline'",
    ...headers,
  });
  response.end(html);
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
