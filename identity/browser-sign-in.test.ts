/**
 * Browser sign-in against the development identity provider, as a single-page application does it: the
 * authorization request with PKCE, the login page, the code exchange, refresh and sign-out, each over HTTP.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { CLIENTS, HUB_AUDIENCE } from '../packages/platform/src/auth/identity-contract.js';
import { BrowserSignIn, CODE_LIFESPAN_MS, matchesRedirectUri } from './browser-sign-in.js';
import { startDevIdentityProvider, type DevIdentityProvider } from './dev-identity-provider.js';
import { loadRealm } from './realm.js';

const PASSWORD = 'shubh-dev-only';
const CONSOLE = 'http://localhost:5173';
const REDIRECT = `${CONSOLE}/signed-in`;

let provider: DevIdentityProvider;
beforeAll(async () => {
  provider = await startDevIdentityProvider({ port: 0 });
});
afterAll(async () => {
  await provider.stop();
});

const endpoint = (name: 'auth' | 'token' | 'logout') => `${provider.issuer}/protocol/openid-connect/${name}`;

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizationUrl(overrides: Record<string, string | undefined> = {}, challenge = pkce().challenge): string {
  const parameters: Record<string, string | undefined> = {
    client_id: CLIENTS.cornerFrontend,
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope: 'openid profile email',
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
  const url = new URL(endpoint('auth'));
  for (const [key, value] of Object.entries(parameters)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

/** The browser's side: GET the login page, post the form, keep the cookie; returns where it was sent. */
async function signInThroughPage(authorization: string, username: string, password = PASSWORD) {
  const pageResponse = await fetch(authorization, { redirect: 'manual' });
  const html = await pageResponse.text();
  const action = /<form id="kc-form-login" method="post" action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`no login form: ${pageResponse.status} ${html.slice(0, 200)}`);
  const posted = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }),
  });
  const cookie = posted.headers.get('set-cookie')?.split(';')[0];
  return { pageStatus: pageResponse.status, html, posted, location: posted.headers.get('location'), cookie };
}

async function exchange(form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(endpoint('token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, string> };
}

async function signedIn(username: string) {
  const { verifier, challenge } = pkce();
  const { location, cookie } = await signInThroughPage(authorizationUrl({}, challenge), username);
  const code = new URL(location!).searchParams.get('code')!;
  const tokens = await exchange({
    grant_type: 'authorization_code',
    client_id: CLIENTS.cornerFrontend,
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });
  return { tokens, cookie: cookie!, code, verifier };
}

describe('browser sign-in on the development identity provider', () => {
  test('discovery announces the code flow with PKCE S256, refresh and the end-session endpoint', async () => {
    const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      authorization_endpoint: endpoint('auth'),
      end_session_endpoint: endpoint('logout'),
      grant_types_supported: expect.arrayContaining(['authorization_code', 'refresh_token']),
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
  });

  test('the login page signs a realm user in and the code buys hub tokens and an ID token with the nonce', async () => {
    const { verifier, challenge } = pkce();
    const { pageStatus, html, location, cookie } = await signInThroughPage(authorizationUrl({}, challenge), 'tutor.aurora');
    expect(pageStatus).toBe(200);
    expect(html).toContain('<label for="username">');
    expect(cookie).toMatch(/^DEV_IDENTITY_SESSION=/);
    const back = new URL(location!);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('iss')).toBe(provider.issuer);

    const { status, body } = await exchange({
      grant_type: 'authorization_code',
      client_id: CLIENTS.cornerFrontend,
      code: back.searchParams.get('code')!,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, refresh_token: expect.any(String), id_token: expect.any(String) });
    const keys = createRemoteJWKSet(new URL(`${provider.issuer}/protocol/openid-connect/certs`));
    const access = await jwtVerify(body.access_token!, keys, { issuer: provider.issuer, audience: HUB_AUDIENCE });
    expect(access.payload).toMatchObject({
      azp: CLIENTS.cornerFrontend,
      preferred_username: 'tutor.aurora',
      realm_access: { roles: ['tutor'] },
      corners: ['00d9b444-3ec1-5e8a-9699-2da71bcce94c'],
      sid: body.session_state,
    });
    const id = await jwtVerify(body.id_token!, keys, { issuer: provider.issuer, audience: CLIENTS.cornerFrontend });
    expect(id.payload).toMatchObject({
      typ: 'ID',
      nonce: 'nonce-456',
      sub: access.payload.sub,
      sid: body.session_state,
      preferred_username: 'tutor.aurora',
      auth_time: expect.any(Number),
    });
    // Roles stay in the access token, as the realm's mapper says (id.token.claim false).
    expect(id.payload).not.toHaveProperty('realm_access');
  });

  test('a wrong password shows the form again with the error, and issues no code', async () => {
    const { posted, location } = await signInThroughPage(authorizationUrl(), 'tutor.aurora', 'guess');
    expect(posted.status).toBe(401);
    expect(location).toBeNull();
    const html = await posted.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Nome utente o password non validi.');
    expect(html).toContain('value="tutor.aurora"');
  });

  test('a code is used once, only with its verifier and redirect URI, and only by its client', async () => {
    const { tokens, code, verifier } = await signedIn('partner.enaip');
    expect(tokens.status).toBe(200);
    const again = await exchange({
      grant_type: 'authorization_code',
      client_id: CLIENTS.cornerFrontend,
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(again).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_description: 'Code not valid' } });

    const wrongVerifier = await signInCode();
    const refused = await exchange({
      grant_type: 'authorization_code',
      client_id: CLIENTS.cornerFrontend,
      code: wrongVerifier.code,
      redirect_uri: REDIRECT,
      code_verifier: pkce().verifier,
    });
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_description: expect.stringMatching(/PKCE/) } });
    // The failed attempt used the code up.
    const retried = await exchange({
      grant_type: 'authorization_code',
      client_id: CLIENTS.cornerFrontend,
      code: wrongVerifier.code,
      redirect_uri: REDIRECT,
      code_verifier: wrongVerifier.verifier,
    });
    expect(retried.body.error_description).toBe('Code not valid');

    const wrongRedirect = await signInCode();
    const elsewhere = await exchange({
      grant_type: 'authorization_code',
      client_id: CLIENTS.cornerFrontend,
      code: wrongRedirect.code,
      redirect_uri: `${CONSOLE}/other`,
      code_verifier: wrongRedirect.verifier,
    });
    expect(elsewhere.body).toEqual({ error: 'invalid_grant', error_description: 'Incorrect redirect_uri' });

    const noVerifier = await signInCode();
    const missing = await exchange({
      grant_type: 'authorization_code',
      client_id: CLIENTS.cornerFrontend,
      code: noVerifier.code,
      redirect_uri: REDIRECT,
    });
    expect(missing.body).toEqual({ error: 'invalid_grant', error_description: 'PKCE code verifier not specified' });

    const otherClient = await signInCode();
    const stolen = await exchange({
      grant_type: 'authorization_code',
      client_id: CLIENTS.partnerSystem,
      client_secret: 'partner-system-dev-secret',
      code: otherClient.code,
      redirect_uri: REDIRECT,
      code_verifier: otherClient.verifier,
    });
    expect(stolen.status).toBe(400);
    expect(['unauthorized_client', 'invalid_grant']).toContain(stolen.body.error);
  });

  test('an unregistered redirect URI or client gets an error page, never a redirect', async () => {
    const foreign = await fetch(authorizationUrl({ redirect_uri: 'https://evil.example/cb' }), { redirect: 'manual' });
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('location')).toBeNull();
    expect(await foreign.text()).toContain('Invalid parameter: redirect_uri');
    const otherPort = await fetch(authorizationUrl({ redirect_uri: 'http://localhost:5174/cb' }), { redirect: 'manual' });
    // Keycloak's loopback rule: a port is ignored only when the registered URI has none.
    expect(otherPort.status).toBe(400);
    const unknown = await fetch(authorizationUrl({ client_id: 'intruder' }), { redirect: 'manual' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Client not found.');
    // The command-line client has no browser flow (and no redirect URIs): an error page too.
    const cli = await fetch(authorizationUrl({ client_id: CLIENTS.devCli }), { redirect: 'manual' });
    expect(cli.status).toBe(400);
  });

  test('without PKCE S256 the request goes back to the client with invalid_request and the state', async () => {
    for (const overrides of [{ code_challenge_method: undefined }, { code_challenge_method: 'plain' }, { code_challenge: undefined }]) {
      const response = await fetch(authorizationUrl(overrides), { redirect: 'manual' });
      expect(response.status).toBe(302);
      const back = new URL(response.headers.get('location')!);
      expect(back.searchParams.get('error')).toBe('invalid_request');
      expect(back.searchParams.get('state')).toBe('state-123');
      expect(back.searchParams.get('code')).toBeNull();
    }
    const implicit = await fetch(authorizationUrl({ response_type: 'token' }), { redirect: 'manual' });
    expect(new URL(implicit.headers.get('location')!).searchParams.get('error')).toBe('unsupported_response_type');
  });

  test('a live session signs in again without the page; prompt=none without one answers login_required', async () => {
    const { cookie } = await signedIn('coord.torino');
    const silent = await fetch(authorizationUrl({ prompt: 'none' }), { redirect: 'manual', headers: { cookie } });
    expect(silent.status).toBe(302);
    expect(new URL(silent.headers.get('location')!).searchParams.get('code')).toEqual(expect.any(String));
    const anonymous = await fetch(authorizationUrl({ prompt: 'none' }), { redirect: 'manual' });
    expect(new URL(anonymous.headers.get('location')!).searchParams.get('error')).toBe('login_required');
  });

  test('the refresh token renews the tokens until sign-out ends the session', async () => {
    const { tokens, cookie } = await signedIn('amina.diallo');
    const renewed = await exchange({
      grant_type: 'refresh_token',
      client_id: CLIENTS.cornerFrontend,
      refresh_token: tokens.body.refresh_token!,
    });
    expect(renewed.status).toBe(200);
    expect(decodeJwt(renewed.body.access_token!)).toMatchObject({
      beneficiary: '6b4bb253-cf77-5525-9ebb-eed5d9420f52',
      sid: tokens.body.session_state,
    });
    expect(decodeJwt(renewed.body.id_token!)).toMatchObject({ nonce: 'nonce-456' });
    // Rotated: the old refresh token is spent.
    const replay = await exchange({
      grant_type: 'refresh_token',
      client_id: CLIENTS.cornerFrontend,
      refresh_token: tokens.body.refresh_token!,
    });
    expect(replay.body.error).toBe('invalid_grant');

    const logout = new URL(endpoint('logout'));
    logout.searchParams.set('id_token_hint', renewed.body.id_token!);
    logout.searchParams.set('post_logout_redirect_uri', `${CONSOLE}/`);
    logout.searchParams.set('state', 'bye');
    const out = await fetch(logout, { redirect: 'manual', headers: { cookie } });
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(`${CONSOLE}/?state=bye`);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);

    const after = await exchange({
      grant_type: 'refresh_token',
      client_id: CLIENTS.cornerFrontend,
      refresh_token: renewed.body.refresh_token!,
    });
    expect(after.body.error).toBe('invalid_grant');
    const silent = await fetch(authorizationUrl({ prompt: 'none' }), { redirect: 'manual', headers: { cookie } });
    expect(new URL(silent.headers.get('location')!).searchParams.get('error')).toBe('login_required');
  });

  test('sign-out refuses a post-logout URI the client did not register, and asks first without an ID token', async () => {
    const { tokens } = await signedIn('tutor.bari');
    const logout = new URL(endpoint('logout'));
    logout.searchParams.set('id_token_hint', tokens.body.id_token!);
    logout.searchParams.set('post_logout_redirect_uri', 'https://evil.example/');
    const refused = await fetch(logout, { redirect: 'manual' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('location')).toBeNull();
    const ask = await fetch(
      `${endpoint('logout')}?client_id=${CLIENTS.cornerFrontend}&post_logout_redirect_uri=${encodeURIComponent(`${CONSOLE}/`)}`,
      { redirect: 'manual' },
    );
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('id="kc-logout"');
  });

  test("the token endpoint answers CORS for the client's web origins only", async () => {
    const { verifier, code } = await signInCode();
    const allowed = await exchange(
      { grant_type: 'authorization_code', client_id: CLIENTS.cornerFrontend, code, redirect_uri: REDIRECT, code_verifier: verifier },
      { origin: CONSOLE },
    );
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    const other = await exchange(
      { grant_type: 'refresh_token', client_id: CLIENTS.cornerFrontend, refresh_token: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const keys = await fetch(`${provider.issuer}/protocol/openid-connect/certs`, { headers: { origin: CONSOLE } });
    expect(keys.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('BrowserSignIn rules', () => {
  test('a code is good for 60 seconds', () => {
    let now = 1_000_000;
    const signIn = new BrowserSignIn(loadRealm(), () => now);
    const { verifier, challenge } = pkce();
    const { request } = signIn.parseAuthorizationRequest(new URL(authorizationUrlFor(challenge)).searchParams);
    const session = signIn.finishLogin(signIn.startLogin(request), loadRealm().user('tutor.aurora')!);
    const code = new URL(signIn.issueCode(request, session, 'issuer')).searchParams.get('code');
    now += CODE_LIFESPAN_MS + 1;
    expect(() => signIn.redeemCode(code, request.client, REDIRECT, verifier)).toThrow('Code not valid');
  });

  test("redirect URIs match as Keycloak's do", () => {
    expect(matchesRedirectUri(['http://localhost:5173/*'], 'http://localhost:5173/a/b?x=1')).toBe(true);
    expect(matchesRedirectUri(['http://localhost:5173/*'], 'http://localhost:5174/')).toBe(false);
    expect(matchesRedirectUri(['http://127.0.0.1/*'], 'http://127.0.0.1:49152/cb')).toBe(true);
    expect(matchesRedirectUri(['https://console.example/cb'], 'https://console.example/cb')).toBe(true);
    expect(matchesRedirectUri(['https://console.example/cb'], 'https://console.example/cb2')).toBe(false);
    expect(matchesRedirectUri(['https://console.example/*'], 'https://console.example/#fragment')).toBe(false);
  });
});

function authorizationUrlFor(challenge: string): string {
  const url = new URL('http://localhost/auth');
  url.search = new URLSearchParams({
    client_id: CLIENTS.cornerFrontend,
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope: 'openid',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

async function signInCode() {
  const { verifier, challenge } = pkce();
  const { location } = await signInThroughPage(authorizationUrl({}, challenge), 'tutor.aurora');
  return { verifier, code: new URL(location!).searchParams.get('code')! };
}
