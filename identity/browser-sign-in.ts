/**
 * The browser half of the development identity provider: Keycloak's authorization endpoint with a login page,
 * the authorization-code exchange (PKCE S256 only), refresh tokens, and the end-session endpoint, so a single-page
 * application signs in against it exactly as against Keycloak 26 (oidc-client-ts or keycloak-js).
 *
 * Kept in memory: the sign-in sessions (a cookie names one), the codes (single use, 60 s, Keycloak's default
 * `accessCodeLifespan`) and the refresh tokens (as long as their session). A restart signs everyone out.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ClientRepresentation, Realm, UserRepresentation } from './realm.js';

/** Keycloak's defaults: a login form lives 30 minutes, a code 60 seconds, an idle session 30 minutes. */
export const LOGIN_LIFESPAN_MS = 30 * 60_000;
export const CODE_LIFESPAN_MS = 60_000;
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_COOKIE = 'DEV_IDENTITY_SESSION';

export interface SignInSession {
  id: string;
  user: UserRepresentation;
  /** Seconds since the epoch, as `auth_time`. */
  authTime: number;
  lastUsed: number;
}

/** What the authorization request asked for, kept until the code is exchanged. */
export interface AuthorizationRequest {
  client: ClientRepresentation;
  redirectUri: string;
  responseMode: 'query' | 'fragment';
  state?: string;
  nonce?: string;
  scope: string[];
  codeChallenge: string;
}

interface PendingLogin {
  request: AuthorizationRequest;
  expiresAt: number;
}

interface IssuedCode {
  request: AuthorizationRequest;
  sessionId: string;
  expiresAt: number;
}

interface RefreshGrant {
  sessionId: string;
  clientId: string;
  scope: string[];
  nonce?: string;
}

/** An error shown on the provider's own page: the request cannot be trusted to go back to the client. */
export class SignInPageError extends Error {}

/** An error sent back to the client's redirect URI (`error`, `error_description`, `state`). */
export class RedirectError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

/**
 * Keycloak's matching of redirect URIs: exact, or a prefix when the registered one ends with `*`; a request to
 * `http://localhost:<port>` or `http://127.0.0.1:<port>` is matched again without its port (RFC 8252 loopback).
 */
export function matchesRedirectUri(registered: readonly string[], requested: string): boolean {
  let url: URL;
  try {
    url = new URL(requested);
  } catch {
    return false;
  }
  if (url.hash) return false;
  const matches = (candidate: string) =>
    registered.some((pattern) => (pattern.endsWith('*') ? candidate.startsWith(pattern.slice(0, -1)) : candidate === pattern));
  if (matches(requested)) return true;
  const loopback = url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.port !== '';
  if (!loopback) return false;
  return matches(requested.replace(`${url.hostname}:${url.port}`, url.hostname));
}

/** The origins a client's `webOrigins` allow: `+` stands for the origins of its redirect URIs, as in Keycloak. */
export function allowedOrigins(client: ClientRepresentation): Set<string> {
  const origins = new Set<string>();
  for (const entry of client.webOrigins ?? []) {
    if (entry === '+') {
      for (const uri of client.redirectUris ?? []) {
        try {
          origins.add(new URL(uri.replace(/\*$/, '')).origin);
        } catch {
          // A relative or malformed redirect URI names no origin.
        }
      }
    } else origins.add(entry);
  }
  return origins;
}

/** Where a client may be sent after signing out: `post.logout.redirect.uris` (`+`: its redirect URIs; `##` separates). */
export function postLogoutRedirectUris(client: ClientRepresentation): string[] {
  const configured = client.attributes?.['post.logout.redirect.uris'];
  if (!configured) return [];
  return configured.split('##').flatMap((entry) => (entry === '+' ? (client.redirectUris ?? []) : [entry]));
}

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

const token = () => randomBytes(32).toString('base64url');

/** The state of browser sign-in: sessions, login forms in progress, codes and refresh tokens. */
export class BrowserSignIn {
  readonly #sessions = new Map<string, SignInSession>();
  readonly #logins = new Map<string, PendingLogin>();
  readonly #codes = new Map<string, IssuedCode>();
  readonly #refreshTokens = new Map<string, RefreshGrant>();

  constructor(
    private readonly realm: Realm,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Reads an authorization request. Errors about the client or the redirect URI are shown on the provider's
   * page (Keycloak never redirects to an unverified URI); the others go back to the client.
   */
  parseAuthorizationRequest(query: URLSearchParams): { request: AuthorizationRequest; prompt: string[] } {
    const clientId = query.get('client_id');
    if (!clientId) throw new SignInPageError('Missing parameter: client_id');
    const client = this.realm.client(clientId);
    if (!client || client.enabled === false || client.bearerOnly) throw new SignInPageError('Client not found.');
    const redirectUri = query.get('redirect_uri');
    if (!redirectUri || !matchesRedirectUri(client.redirectUris ?? [], redirectUri)) {
      throw new SignInPageError('Invalid parameter: redirect_uri');
    }
    const responseMode = query.get('response_mode') ?? 'query';
    const request: AuthorizationRequest = {
      client,
      redirectUri,
      responseMode: responseMode === 'fragment' ? 'fragment' : 'query',
      state: query.get('state') ?? undefined,
      nonce: query.get('nonce') ?? undefined,
      scope: (query.get('scope') ?? '').split(' ').filter(Boolean),
      codeChallenge: '',
    };
    if (responseMode !== 'query' && responseMode !== 'fragment') {
      throw Object.assign(new RedirectError('invalid_request', 'Invalid parameter: response_mode'), { request });
    }
    const fail = (error: string, description: string) => Object.assign(new RedirectError(error, description), { request });
    if (query.get('response_type') !== 'code')
      throw fail(
        'unsupported_response_type',
        'Client is not allowed to initiate browser login with given response_type. Only the code flow is supported.',
      );
    if (!client.standardFlowEnabled) {
      throw fail(
        'unauthorized_client',
        'Client is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.',
      );
    }
    const unknown = request.scope.filter(
      (scope) => scope !== 'openid' && !client.defaultClientScopes?.includes(scope) && !client.optionalClientScopes?.includes(scope),
    );
    if (unknown.length > 0) throw fail('invalid_scope', `Invalid scopes: ${request.scope.join(' ')}`);
    const method = query.get('code_challenge_method');
    const challenge = query.get('code_challenge');
    // PKCE S256 for every client: `plain` would let whoever sees the redirect use the code.
    if (!method) throw fail('invalid_request', 'Missing parameter: code_challenge_method');
    if (method !== 'S256') throw fail('invalid_request', 'Invalid parameter: code challenge method is not matching the configured one');
    if (!challenge || !/^[A-Za-z0-9\-._~]{43,128}$/.test(challenge)) throw fail('invalid_request', 'Invalid parameter: code_challenge');
    request.codeChallenge = challenge;
    return { request, prompt: (query.get('prompt') ?? '').split(' ').filter(Boolean) };
  }

  /** A live session from the cookie, refreshed; undefined when there is none or it idled out. */
  session(id: string | undefined): SignInSession | undefined {
    if (!id) return undefined;
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastUsed > SESSION_IDLE_MS) {
      this.endSession(id);
      return undefined;
    }
    session.lastUsed = this.now();
    return session;
  }

  startLogin(request: AuthorizationRequest): string {
    this.#sweep();
    const id = randomUUID();
    this.#logins.set(id, { request, expiresAt: this.now() + LOGIN_LIFESPAN_MS });
    return id;
  }

  pendingLogin(id: string | null): AuthorizationRequest | undefined {
    const login = id ? this.#logins.get(id) : undefined;
    if (!login || login.expiresAt < this.now()) return undefined;
    return login.request;
  }

  finishLogin(loginId: string, user: UserRepresentation): SignInSession {
    this.#logins.delete(loginId);
    const session: SignInSession = { id: randomUUID(), user, authTime: Math.floor(this.now() / 1000), lastUsed: this.now() };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The URL the browser goes back to with a fresh code. */
  issueCode(request: AuthorizationRequest, session: SignInSession, issuer: string): string {
    const code = token();
    this.#codes.set(code, { request, sessionId: session.id, expiresAt: this.now() + CODE_LIFESPAN_MS });
    return this.redirectWith(request, { code, session_state: session.id, iss: issuer });
  }

  redirectWith(request: Pick<AuthorizationRequest, 'redirectUri' | 'responseMode' | 'state'>, parameters: Record<string, string>): string {
    const values = new URLSearchParams({ ...parameters, ...(request.state !== undefined ? { state: request.state } : {}) });
    const url = new URL(request.redirectUri);
    if (request.responseMode === 'fragment') {
      url.hash = values.toString();
    } else {
      for (const [key, value] of values) url.searchParams.append(key, value);
    }
    return url.toString();
  }

  /**
   * Exchanges a code once: the same client, the same redirect URI and the verifier whose S256 is the challenge.
   * Any failure uses the code up, as Keycloak does.
   */
  redeemCode(
    code: string | null,
    client: ClientRepresentation,
    redirectUri: string | null,
    verifier: string | null,
  ): { session: SignInSession; request: AuthorizationRequest } {
    const issued = code ? this.#codes.get(code) : undefined;
    if (code) this.#codes.delete(code);
    if (!issued || issued.expiresAt < this.now() || issued.request.client.clientId !== client.clientId) {
      throw new RedirectError('invalid_grant', 'Code not valid');
    }
    if (redirectUri !== issued.request.redirectUri) throw new RedirectError('invalid_grant', 'Incorrect redirect_uri');
    if (!verifier) throw new RedirectError('invalid_grant', 'PKCE code verifier not specified');
    if (!VERIFIER.test(verifier) || s256(verifier) !== issued.request.codeChallenge) {
      throw new RedirectError('invalid_grant', 'PKCE verification failed: Invalid code verifier');
    }
    const session = this.session(issued.sessionId);
    if (!session) throw new RedirectError('invalid_grant', 'Session not active');
    return { session, request: issued.request };
  }

  issueRefreshToken(grant: RefreshGrant): string {
    const value = token();
    this.#refreshTokens.set(value, grant);
    return value;
  }

  /** A refresh token of this client whose session is alive. */
  redeemRefreshToken(value: string | null, client: ClientRepresentation): { session: SignInSession; grant: RefreshGrant } {
    const grant = value ? this.#refreshTokens.get(value) : undefined;
    if (!grant) throw new RedirectError('invalid_grant', 'Invalid refresh token');
    if (grant.clientId !== client.clientId)
      throw new RedirectError('invalid_grant', "Invalid refresh token. Token client and authorized client don't match");
    const session = this.session(grant.sessionId);
    if (!session) {
      this.#refreshTokens.delete(value!);
      throw new RedirectError('invalid_grant', 'Session not active');
    }
    // Rotation: the new token replaces this one.
    this.#refreshTokens.delete(value!);
    return { session, grant };
  }

  /** Ends a session and everything issued in it. */
  endSession(id: string): void {
    this.#sessions.delete(id);
    for (const [value, grant] of this.#refreshTokens) if (grant.sessionId === id) this.#refreshTokens.delete(value);
    for (const [value, code] of this.#codes) if (code.sessionId === id) this.#codes.delete(value);
  }

  #sweep(): void {
    const now = this.now();
    for (const [id, login] of this.#logins) if (login.expiresAt < now) this.#logins.delete(id);
    for (const [value, code] of this.#codes) if (code.expiresAt < now) this.#codes.delete(value);
    for (const [id, session] of this.#sessions) if (now - session.lastUsed > SESSION_IDLE_MS) this.endSession(id);
  }
}

/** The session cookie from a request's Cookie header. */
export function sessionCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

const PAGE_STYLE = `
  *{box-sizing:border-box} body{margin:0;font-family:system-ui,sans-serif;background:#f2f5f8;color:#17324d}
  main{max-width:26rem;margin:8vh auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.12)}
  h1{font-size:1.5rem;margin:0 0 .25rem} p.realm{margin:0 0 1.5rem;color:#5d7083}
  label{display:block;font-weight:600;margin:1rem 0 .25rem} input{width:100%;padding:.6rem;font-size:1rem;border:1px solid #5d7083;border-radius:4px}
  input:focus,button:focus{outline:3px solid #f90;outline-offset:2px}
  button{margin-top:1.5rem;width:100%;padding:.75rem;font-size:1rem;font-weight:600;color:#fff;background:#06c;border:0;border-radius:4px;cursor:pointer}
  .alert{padding:.75rem;border-left:4px solid #d9364f;background:#fbe9ec;margin-bottom:1rem} small{display:block;margin-top:1.5rem;color:#5d7083}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>${PAGE_STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** Keycloak's login form, with its field ids (`username`, `password`, `kc-login`) so scripts drive both alike. */
export function loginPage(options: { action: string; realmName: string; username?: string; error?: string }): string {
  return page(
    'Accedi a SHUBH',
    `<h1 id="kc-page-title">Accedi</h1><p class="realm">${escape(options.realmName)}</p>
${options.error ? `<div class="alert" role="alert" id="input-error">${escape(options.error)}</div>` : ''}
<form id="kc-form-login" method="post" action="${escape(options.action)}">
<label for="username">Nome utente o email</label>
<input id="username" name="username" type="text" autocomplete="username" autofocus required value="${escape(options.username ?? '')}"${options.error ? ' aria-invalid="true" aria-describedby="input-error"' : ''}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${options.error ? ' aria-invalid="true" aria-describedby="input-error"' : ''}>
<button id="kc-login" type="submit">Accedi</button>
</form><small>Development identity provider: demo users only (password <code>shubh-dev-only</code>). Never in production.</small>`,
  );
}

export function errorPage(message: string): string {
  return page('Errore', `<h1>Si è verificato un errore</h1><div class="alert" role="alert" id="kc-error-message">${escape(message)}</div>`);
}

/** Keycloak asks before signing out when the request carries no ID token to prove who asked. */
export function logoutConfirmationPage(action: string, fields: Record<string, string>): string {
  const hidden = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  return page(
    'Disconnessione',
    `<h1>Disconnessione</h1><p>Vuoi uscire?</p><form method="post" action="${escape(action)}">${hidden}<input type="hidden" name="confirm" value="yes"><button id="kc-logout" type="submit">Esci</button></form>`,
  );
}
