import { GATEWAY_SECRET_HEADER } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import { startSecurityHub, subgraphUrl, type SecurityHub } from './security-hub.js';

/** Issue 9, finding 9: tokens issued in the future, or minted to live a year, were accepted. */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const QUERY = '{ __typename }';

async function expectRefused(token: string, message: RegExp) {
  const { status, body } = await hub.request(QUERY, {}, { token });
  expect(status).toBe(401);
  expect(body.errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } }]);
  // Each subgraph verifies the token itself, with the same rule.
  const direct = await graphqlRequest(
    subgraphUrl(hub.hub, 'labour'),
    QUERY,
    {},
    {
      [GATEWAY_SECRET_HEADER]: hub.hub.gatewaySecrets.labour,
      authorization: `Bearer ${token}`,
    },
  );
  expect(direct.status).toBe(401);
}

describe('token lifetimes', () => {
  it('refuses a token issued in the future beyond the clock tolerance, and accepts one within it', async () => {
    await expectRefused(await hub.identity.tokenFor({ roles: ['tutor'] }, { issuedAtOffsetSeconds: 120 }), /issued in the future/);
    const slightlyAhead = await hub.identity.tokenFor({ roles: ['tutor'] }, { issuedAtOffsetSeconds: 10 });
    expect((await hub.request(QUERY, {}, { token: slightlyAhead })).status).toBe(200);
  });

  it('refuses a token that lives longer than the maximum (one hour by default), and accepts one that does not', async () => {
    await expectRefused(await hub.identity.tokenFor({ roles: ['tutor'] }, { expiresInSeconds: 365 * 24 * 3600 }), /lives longer/);
    await expectRefused(await hub.identity.tokenFor({ roles: ['tutor'] }, { expiresInSeconds: 3601 }), /lives longer/);
    const hour = await hub.identity.tokenFor({ roles: ['tutor'] }, { expiresInSeconds: 3600 });
    expect((await hub.request(QUERY, {}, { token: hour })).status).toBe(200);
  });
});
