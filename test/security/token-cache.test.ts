import { TokenVerifier } from '@shubh/platform';
import { TestIdentity } from '../support/test-identity.js';

/** Issue 15: each service verifies a caller's token once, then remembers it by its hash until its expiry, never beyond. */
let identity: TestIdentity;
beforeAll(async () => {
  identity = await TestIdentity.start();
});
afterAll(() => identity?.stop());

/** A verifier as every service builds one, without clock tolerance so that expiry is exact. */
const verifier = () => new TokenVerifier({ ...identity.config, clockToleranceSeconds: 0 });

describe('the verified-token cache', () => {
  it('answers a token verified before with the same caller, and never confuses two tokens', async () => {
    const tokens = new TokenVerifier(identity.config);
    const tutorId = crypto.randomUUID();
    const coordinatorId = crypto.randomUUID();
    const tutor = await identity.tokenFor({ roles: ['tutor'], userId: tutorId });
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], userId: coordinatorId });
    const first = await tokens.verifyAuthorization(`Bearer ${tutor}`);
    expect(await tokens.verifyAuthorization(`Bearer ${tutor}`)).toBe(first);
    const other = await tokens.verifyAuthorization(`Bearer ${coordinator}`);
    expect(first.userId).toBe(tutorId);
    expect(first.has('tutor')).toBe(true);
    expect(other.userId).toBe(coordinatorId);
    expect(other.has('tutor')).toBe(false);
    expect((await tokens.verifyAuthorization(`Bearer ${tutor}`)).userId).toBe(tutorId);
  });

  it('does not serve a token from the cache once it has expired', async () => {
    const tokens = verifier();
    const token = await identity.tokenFor({ roles: ['tutor'] }, { expiresInSeconds: 2 });
    await expect(tokens.verify(token)).resolves.toMatchObject({ roles: new Set(['tutor']) });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(tokens.verify(token)).rejects.toMatchObject({
      message: 'The access token has expired: sign in again',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('never remembers a refusal: a token refused is refused again, a token changed by one character too', async () => {
    const tokens = verifier();
    const token = await identity.tokenFor({ roles: ['tutor'] });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(tokens.verify(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
    // The genuine token is not held back by its forgery's refusal, and the forgery is not let in by the genuine one.
    await expect(tokens.verify(token)).resolves.toMatchObject({ roles: new Set(['tutor']) });
    await expect(tokens.verify(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
