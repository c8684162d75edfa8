/**
 * `npm run token -- <username> [--password <p>] [--issuer <url>]`: an access token from the running identity
 * provider (the development one of `npm start`, or a Keycloak that imported the realm), for curl and GraphQL
 * clients. Stdout carries the token and nothing else, so `TOKEN=$(npm run -s token -- tutor.aurora)` works.
 */
import { parseArgs } from 'node:util';
import { CLIENTS, REALM } from '../packages/platform/src/auth/identity-contract.js';
import { DEFAULT_REALM_PATH, loadRealm } from './realm.js';

const DEFAULT_ISSUER = `http://localhost:8080/realms/${REALM}`;
const USAGE = 'usage: npm run token -- <username> [--password <password>] [--issuer <issuer url>]';

class CommandError extends Error {}

async function main(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { password: { type: 'string' }, issuer: { type: 'string' } } });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n${USAGE}`);
  }
  const [username, ...extra] = parsed.positionals;
  if (!username || extra.length > 0) throw new CommandError(USAGE);

  let password = parsed.values.password;
  if (password === undefined) {
    // Without --password, the dev credential written in the realm file (only the file's users have one).
    const realm = loadRealm();
    const user = realm.user(username);
    if (!user) {
      const known = realm
        .demoUsers()
        .map((candidate) => candidate.username)
        .join(', ');
      throw new CommandError(
        `unknown user "${username}": ${DEFAULT_REALM_PATH} has no such user (its users: ${known}); for another user pass --password`,
      );
    }
    password = realm.passwordOf(user)?.value;
    if (password === undefined)
      throw new CommandError(`user "${username}" has no password in the realm file (a service account?); pass --password`);
  }

  const issuer = (parsed.values.issuer ?? process.env.OIDC_ISSUER_URL?.trim() ?? DEFAULT_ISSUER).replace(/\/+$/, '') || DEFAULT_ISSUER;
  try {
    new URL(issuer);
  } catch {
    throw new CommandError(`the issuer "${issuer}" is not a URL`);
  }

  let tokenEndpoint: string;
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!response.ok) throw new CommandError(`${issuer} answered ${response.status} for OIDC discovery: is that the realm's issuer URL?`);
    tokenEndpoint = ((await response.json()) as { token_endpoint?: string }).token_endpoint ?? '';
    if (!tokenEndpoint) throw new CommandError(`the discovery document of ${issuer} names no token_endpoint`);
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`cannot reach the identity provider at ${issuer} (${describe(error)}): is \`npm start\` running?`);
  }

  let response: Response;
  try {
    response = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: CLIENTS.devCli, username, password, scope: 'openid' }),
    });
  } catch (error) {
    throw new CommandError(`cannot reach the token endpoint ${tokenEndpoint} (${describe(error)}): is \`npm start\` running?`);
  }
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    const reason = body.error ? `${body.error}${body.error_description ? `: ${body.error_description}` : ''}` : `status ${response.status}`;
    throw new CommandError(`the identity provider refused a token for "${username}" (${reason})`);
  }
  return body.access_token;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

try {
  process.stdout.write(`${await main(process.argv.slice(2))}\n`);
} catch (error) {
  process.stderr.write(`npm run token: ${error instanceof CommandError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
