/**
 * The development identity provider as a client of Keycloak would see it: discovery, JWKS, the token endpoint
 * and its errors, tokens that `jose` verifies the way the hub does, and `npm run token`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { CLIENTS, HUB_AUDIENCE, ORGANISATION_ID_ATTRIBUTE } from '../packages/platform/src/auth/identity-contract.js';
import { startDevIdentityProvider, type DevIdentityProvider } from './dev-identity-provider.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PASSWORD = 'shubh-dev-only';
const PARTNER_SECRET = 'partner-system-dev-secret';

let provider: DevIdentityProvider;
let discovery: Record<string, unknown>;

beforeAll(async () => {
  provider = await startDevIdentityProvider({ port: 0 });
  discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
});
afterAll(async () => {
  await provider.stop();
});

const tokenEndpoint = () => `${provider.issuer}/protocol/openid-connect/token`;

async function requestToken(form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(tokenEndpoint(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Verifies as the hub does: keys from the discovered JWKS, issuer, audience, RS256 only. */
async function verify(token: string): Promise<JWTPayload & Record<string, unknown>> {
  const keys = createRemoteJWKSet(new URL(discovery.jwks_uri as string));
  const { payload } = await jwtVerify(token, keys, { issuer: provider.issuer, audience: HUB_AUDIENCE, algorithms: ['RS256'] });
  return payload;
}

function runTokenCommand(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'identity/token-command.ts', ...args], {
      cwd: root,
      env: { ...process.env, OIDC_ISSUER_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the development identity provider', () => {
  test("publishes an OIDC discovery document at Keycloak's address", () => {
    expect(provider.issuer).toBe(`${provider.url}/realms/shubh`);
    expect(discovery).toMatchObject({
      issuer: provider.issuer,
      token_endpoint: tokenEndpoint(),
      jwks_uri: `${provider.issuer}/protocol/openid-connect/certs`,
      authorization_endpoint: `${provider.issuer}/protocol/openid-connect/auth`,
      grant_types_supported: expect.arrayContaining(['password', 'client_credentials']),
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: expect.arrayContaining(['client_secret_basic', 'client_secret_post']),
    });
  });

  test("publishes its RSA signing keys, and no routes but Keycloak's", async () => {
    const certs = (await (await fetch(discovery.jwks_uri as string)).json()) as { keys: Record<string, unknown>[] };
    expect(certs.keys).toEqual([{ kid: expect.any(String), kty: 'RSA', alg: 'RS256', use: 'sig', n: expect.any(String), e: 'AQAB' }]);
    // The authorization endpoint exists (browser sign-in below); without a client it shows Keycloak's error page.
    expect((await fetch(discovery.authorization_endpoint as string)).status).toBe(400);
    expect((await fetch(`${provider.url}/realms/other/.well-known/openid-configuration`)).status).toBe(404);
    expect((await fetch(tokenEndpoint())).status).toBe(405);
  });

  test("the password grant gives a signed token with the realm's claims", async () => {
    const { status, body } = await requestToken({
      grant_type: 'password',
      client_id: CLIENTS.devCli,
      username: 'tutor.aurora',
      password: PASSWORD,
      scope: 'openid',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 300,
      refresh_expires_in: 0,
      'not-before-policy': 0,
      scope: 'openid profile email organization',
    });
    const token = body.access_token as string;
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
    const claims = await verify(token);
    expect(claims).toMatchObject({
      iss: provider.issuer,
      aud: HUB_AUDIENCE,
      sub: 'a72a3022-322c-524a-aed1-b07ee2c0d9e0',
      typ: 'Bearer',
      azp: CLIENTS.devCli,
      preferred_username: 'tutor.aurora',
      email: 'tutor.aurora@shubh.example',
      email_verified: true,
      realm_access: { roles: ['tutor'] },
      organization: {
        'patronato-inas-torino': { id: expect.any(String), [ORGANISATION_ID_ATTRIBUTE]: ['81d50b8a-8f51-5017-8d3b-7b4979645734'] },
      },
      corners: ['00d9b444-3ec1-5e8a-9699-2da71bcce94c'],
      sid: expect.any(String),
      jti: expect.any(String),
    });
    expect(claims.exp! - claims.iat!).toBe(300);
  });

  test("refuses a wrong password, an unknown user and a refused client in Keycloak's words", async () => {
    const wrong = await requestToken({ grant_type: 'password', client_id: CLIENTS.devCli, username: 'tutor.aurora', password: 'guess' });
    expect(wrong).toEqual({ status: 401, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } });
    const nobody = await requestToken({ grant_type: 'password', client_id: CLIENTS.devCli, username: 'nobody', password: PASSWORD });
    expect(nobody).toEqual(wrong);
    const unknownClient = await requestToken({
      grant_type: 'password',
      client_id: 'intruder',
      username: 'tutor.aurora',
      password: PASSWORD,
    });
    expect(unknownClient).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    const frontend = await requestToken({
      grant_type: 'password',
      client_id: CLIENTS.cornerFrontend,
      username: 'tutor.aurora',
      password: PASSWORD,
    });
    expect(frontend).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
    const implicit = await requestToken({ grant_type: 'implicit', client_id: CLIENTS.devCli });
    expect(implicit).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
  });

  test('client credentials give the partner system a token for its service account, only with the right secret', async () => {
    const basic = `Basic ${Buffer.from(`${CLIENTS.partnerSystem}:${PARTNER_SECRET}`).toString('base64')}`;
    const viaBasic = await requestToken({ grant_type: 'client_credentials' }, { authorization: basic });
    expect(viaBasic.status).toBe(200);
    const claims = await verify(viaBasic.body.access_token as string);
    expect(claims).toMatchObject({
      sub: 'b03b23e3-a7f5-5b29-9c9a-6b1183393652',
      azp: CLIENTS.partnerSystem,
      preferred_username: 'service-account-shubh-partner-system',
      realm_access: { roles: ['partner-operator'] },
      organization: {
        'agenzia-sociale-per-la-locazione-torino': {
          id: expect.any(String),
          [ORGANISATION_ID_ATTRIBUTE]: ['828bc725-59e7-55d5-abea-978ad9c27719'],
        },
      },
    });
    expect(claims).not.toHaveProperty('sid');

    const viaForm = await requestToken({
      grant_type: 'client_credentials',
      client_id: CLIENTS.partnerSystem,
      client_secret: PARTNER_SECRET,
    });
    expect(viaForm.status).toBe(200);
    const wrongSecret = await requestToken({ grant_type: 'client_credentials', client_id: CLIENTS.partnerSystem, client_secret: 'guess' });
    expect(wrongSecret).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    const noSecret = await requestToken({ grant_type: 'client_credentials', client_id: CLIENTS.partnerSystem });
    expect(noSecret).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    const publicClient = await requestToken({ grant_type: 'client_credentials', client_id: CLIENTS.devCli });
    expect(publicClient).toMatchObject({ body: { error: 'unauthorized_client' } });
  });

  test('tokenFor mints for the dev client by default, with a chosen lifetime', async () => {
    const claims = await verify(await provider.tokenFor('amina.diallo', { expiresInSeconds: 60 }));
    expect(claims).toMatchObject({
      azp: CLIENTS.devCli,
      realm_access: { roles: ['beneficiary'] },
      beneficiary: '6b4bb253-cf77-5525-9ebb-eed5d9420f52',
      scope: 'openid profile email organization',
    });
    expect(claims.exp! - claims.iat!).toBe(60);
    expect((await verify(await provider.tokenFor('tutor.bari', { clientId: CLIENTS.cornerFrontend }))).azp).toBe(CLIENTS.cornerFrontend);
    await expect(provider.tokenFor('nobody')).rejects.toThrow(/nobody/);
  });

  test('after a key rotation, tokens already issued still verify and new ones carry the new key', async () => {
    const before = await provider.tokenFor('coord.bari');
    await provider.rotateKey();
    const after = await provider.tokenFor('coord.bari');
    expect(decodeProtectedHeader(after).kid).not.toBe(decodeProtectedHeader(before).kid);
    // A fresh key set, as a hub started after the rotation would have.
    await expect(verify(before)).resolves.toMatchObject({ preferred_username: 'coord.bari' });
    await expect(verify(after)).resolves.toMatchObject({ preferred_username: 'coord.bari' });
    const certs = (await (await fetch(discovery.jwks_uri as string)).json()) as { keys: { kid: string }[] };
    expect(certs.keys.map((key) => key.kid)).toEqual([decodeProtectedHeader(after).kid, decodeProtectedHeader(before).kid]);
  });

  test('refuses to start in production', async () => {
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(startDevIdentityProvider({ port: 0 })).rejects.toThrow(/never runs in production.*OIDC_ISSUER_URL/);
    } finally {
      if (saved === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = saved;
    }
  });
});

describe('npm run token', () => {
  test('prints exactly one access token line for a realm user', async () => {
    const { code, stdout, stderr } = await runTokenCommand(['tutor.aurora', '--issuer', provider.issuer]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(await verify(stdout.trim())).toMatchObject({ preferred_username: 'tutor.aurora', azp: CLIENTS.devCli });
  });

  test('an unknown user fails on stderr with exit code 1 and nothing on stdout', async () => {
    const { code, stdout, stderr } = await runTokenCommand(['nobody.here', '--issuer', provider.issuer]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown user "nobody\.here"/);
  });

  test('refused credentials and an unreachable provider fail the same way', async () => {
    const refused = await runTokenCommand(['tutor.aurora', '--password', 'guess', '--issuer', provider.issuer]);
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/invalid_grant/) });
    const down = await runTokenCommand(['tutor.aurora', '--issuer', 'http://127.0.0.1:9/realms/shubh']);
    expect(down).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('is `npm start` running?') });
  });
});
