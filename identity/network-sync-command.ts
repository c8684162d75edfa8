/**
 * `npm run network:sync [-- --dry-run] [--json]`: brings the realm's Keycloak organizations in step with the
 * catalogue's organisations and reports the drift both ways (see `network-sync.ts`).
 * `npm run network:sync -- --add-member <username> --to <catalogue organisation id>`: makes a user a member of that
 * organisation's Keycloak organization (onboarding a partner's operator or its system's service account).
 *
 * Environment: DATABASE_URL (the hub's PostgreSQL), OIDC_ISSUER_URL (default the development identity provider,
 * http://localhost:8080/realms/shubh), NETWORK_SYNC_CLIENT_ID (default shubh-network-sync) and
 * NETWORK_SYNC_CLIENT_SECRET (the development realm's secret when the issuer is the development one; required otherwise).
 * Exit code 0 when everything asked was done, 1 when Keycloak refused something or the command was misused.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { NETWORK_SYNC_CLIENT, REALM } from '../packages/platform/src/auth/identity-contract.js';
import { KeycloakAdminClient } from './keycloak-admin-client.js';
import { describeReport, syncNetwork } from './network-sync.js';
import { loadRealm } from './realm.js';

const DEFAULT_ISSUER = `http://localhost:8080/realms/${REALM}`;
const USAGE =
  'usage: npm run network:sync -- [--dry-run] [--json]\n       npm run network:sync -- --add-member <username> --to <organisation id>';

class CommandError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'add-member': { type: 'string' },
        to: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n${USAGE}`);
  }
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) throw new CommandError("DATABASE_URL must name the hub's PostgreSQL (postgres://user:password@host:5432/db)");
  const issuer = (process.env.OIDC_ISSUER_URL?.trim() || DEFAULT_ISSUER).replace(/\/+$/, '');
  const clientId = process.env.NETWORK_SYNC_CLIENT_ID?.trim() || NETWORK_SYNC_CLIENT;
  let clientSecret = process.env.NETWORK_SYNC_CLIENT_SECRET?.trim();
  if (!clientSecret && issuer === DEFAULT_ISSUER) clientSecret = loadRealm().client(clientId)?.secret;
  if (!clientSecret) throw new CommandError(`NETWORK_SYNC_CLIENT_SECRET must hold the secret of client ${clientId} in ${issuer}`);

  const keycloak = new KeycloakAdminClient({ issuer, clientId, clientSecret });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const database = { query: async <Row>(sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows as Row[] };
  try {
    const username = parsed.values['add-member'];
    if (username !== undefined) {
      const organisationId = parsed.values.to;
      if (!organisationId) throw new CommandError(`--add-member needs --to <organisation id>\n${USAGE}`);
      const rows = await database.query<{ keycloak_organization_id: string | null }>(
        'SELECT keycloak_organization_id FROM catalogue.organisation WHERE id::text = $1',
        [organisationId],
      );
      if (rows.length === 0) throw new CommandError(`the catalogue has no organisation ${organisationId}`);
      const organizationId = rows[0]!.keycloak_organization_id;
      if (!organizationId)
        throw new CommandError(`organisation ${organisationId} has no Keycloak organization yet: run npm run network:sync first`);
      const user = await keycloak.userByUsername(username);
      if (!user) throw new CommandError(`Keycloak has no user "${username}" in ${issuer}`);
      await keycloak.addMember(organizationId, user.id);
      console.log(`${username} is now a member of organization ${organizationId} (organisation ${organisationId})`);
      return 0;
    }
    const report = await syncNetwork(database, keycloak, { dryRun: parsed.values['dry-run'] });
    console.log(parsed.values.json ? JSON.stringify(report, null, 2) : describeReport(report).join('\n'));
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`network:sync: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
