/**
 * `npm start`: the whole hub on one machine. Without DATABASE_URL it serves an embedded PostgreSQL (data under
 * DATA_DIR, default `.data/`); with it, that PostgreSQL. Loads the demo data on a first start.
 */
import {
  ConfigurationError,
  createLogger,
  HUB_AUDIENCE,
  loadOrCreateAuditSigningKeyFile,
  readAuditConfig,
  readDatabaseTimeouts,
  readIdentityConfig,
  readJobsConfig,
  readMailConfig,
  NOTIFICATION_MAIL_CLIENT,
  readBoolean,
  readOrigins,
  readInteger,
  readOptionalString,
  readServiceConfig,
  readString,
  smtpServerOf,
  stopOnSignals,
} from '@shubh/platform';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@shubh/platform/embedded-postgres';
import { resolve } from 'node:path';
import { readGatewaySafeguards } from '@shubh/gateway';
import { ensureConsoleBuilt, startConsoleServer, type RunningConsole } from '../console/server/console-server.js';
import { seedDemoDataOnFirstStart } from '../demo/seed-demo-data.js';
import { startDevIdentityProvider, type DevIdentityProvider } from '../identity/dev-identity-provider.js';
import { loadRealm } from '../identity/realm.js';
import { CLIENTS } from '../packages/platform/src/auth/identity-contract.js';
import { startHub, type RunningHub } from './hub.js';

const env = process.env;
let embedded: EmbeddedPostgres | undefined;
let identityProvider: DevIdentityProvider | undefined;
let hub: RunningHub | undefined;
let webConsole: RunningConsole | undefined;
try {
  // Quiet by default: a newcomer wants the URLs, not every request; LOG_LEVEL=info shows them.
  const { host, logLevel } = readServiceConfig({ LOG_LEVEL: 'warn', ...env }, 4000);
  const logger = createLogger('hub', logLevel);
  const demoData = readBoolean(env, 'DEMO_DATA', true);
  // From the start: Ctrl-C during a first start (migrations, demo data) still closes the embedded database cleanly.
  stopOnSignals(logger, async () => {
    await webConsole?.stop();
    await hub?.stop();
    await identityProvider?.stop();
    await embedded?.stop();
    console.log('SHUBH hub stopped.');
  });
  // Checkpoints of the audit trail stay verifiable across restarts: a development key beside the embedded data.
  const audit = readAuditConfig(env);
  if (!audit.signingKey) {
    const keyFile = resolve(readString(env, 'DATA_DIR', '.data'), 'audit-signing-key.pem');
    audit.signingKey = loadOrCreateAuditSigningKeyFile(keyFile);
    console.warn(`AUDIT_SIGNING_KEY is not set: audit checkpoints are signed with the development key in ${keyFile}`);
  }
  let databaseUrl = readOptionalString(env, 'DATABASE_URL');
  if (!databaseUrl) {
    const dataDir = resolve(readString(env, 'DATA_DIR', '.data'), 'pglite');
    const port = readInteger(env, 'EMBEDDED_DATABASE_PORT', 5433, { min: 0, max: 65535 });
    embedded = await startEmbeddedPostgres({ dataDir, port });
    databaseUrl = embedded.url;
    console.log(`Embedded PostgreSQL: ${embedded.url} (data in ${dataDir})`);
  }

  // A real Keycloak is one variable away (OIDC_ISSUER_URL); without it, the development identity provider
  // serves the same realm file on Keycloak's own port and endpoint layout.
  let identity = readIdentityConfig(env);
  if (!readOptionalString(env, 'OIDC_ISSUER_URL')) {
    const port = readInteger(env, 'DEV_IDENTITY_PORT', 8080, { min: 0, max: 65535 });
    identityProvider = await startDevIdentityProvider({ host, port });
    identity = { issuer: identityProvider.issuer, audience: HUB_AUDIENCE };
    console.log(`Development identity provider: ${identityProvider.issuer} (realm file keycloak/realm-shubh.json)`);
  }

  // The console: built on the first start (and after its sources change), served on its own port.
  const consolePort = readInteger(env, 'CONSOLE_PORT', 5173, { min: 0, max: 65535 });
  const consoleOrigin = `http://localhost:${consolePort}`;
  const buildSeconds = await ensureConsoleBuilt();
  if (buildSeconds !== undefined) console.log(`Built the console in ${buildSeconds.toFixed(1)} s.`);

  const jobs = readJobsConfig(env);
  // Notification e-mail when SMTP_URL is set; against the development identity provider, its realm's client reads
  // the users' addresses without a secret to configure.
  const mail = readMailConfig(env);
  if (mail) {
    if (!readOptionalString(env, 'CONSOLE_URL')) mail.consoleUrl = consoleOrigin;
    const devSecret = identityProvider ? loadRealm().client(NOTIFICATION_MAIL_CLIENT)?.secret : undefined;
    if (!mail.userDirectory && devSecret) mail.userDirectory = { clientId: NOTIFICATION_MAIL_CLIENT, clientSecret: devSecret };
    console.log(`Notification e-mail through ${smtpServerOf(mail.smtpUrl)} from ${mail.from}.`);
  }
  hub = await startHub({
    corsOrigins: readOrigins(env, 'CORS_ALLOWED_ORIGINS', [consoleOrigin]),
    databaseUrl,
    host,
    ports: 'default',
    logLevel,
    identity,
    audit,
    databaseTimeouts: readDatabaseTimeouts(env),
    gateway: readGatewaySafeguards(env),
    // Expiry and reminders on each subgraph's pg-boss queue (JOBS_ENABLED, JOB_SCHEDULE_<JOB>).
    jobs,
    mail,
    // Metrics on loopback ports of their own (9400 to 9404), never on the GraphQL ports.
    ...(readBoolean(env, 'METRICS_ENABLED', true) ? { metrics: { host: readString(env, 'METRICS_HOST', '127.0.0.1') } } : {}),
    beforeGateway: async (dataSources, subgraphs) => {
      if (demoData && (await seedDemoDataOnFirstStart(dataSources))) {
        console.log('Loaded the demo data set (first start).');
        // The demo users' notifications are what the scheduler raises from the demo data: each job once, now.
        if (jobs.enabled) for (const subgraph of subgraphs) for (const name of subgraph.jobs.names) await subgraph.jobs.run(name);
      }
    },
  });
  webConsole = await startConsoleServer({
    host,
    port: consolePort,
    config: { oidcIssuer: identity.issuer, oidcClientId: CLIENTS.cornerFrontend, gatewayUrl: hub.gateway.graphqlUrl },
  });
  console.log(
    [
      '',
      'SHUBH integration hub is running.',
      `  Console      ${webConsole.url}   (GraphiQL: ${webConsole.url}/graphiql)`,
      `  Gateway      ${hub.gateway.graphqlUrl}   (readiness: ${hub.gateway.url}/readyz)`,
      ...hub.subgraphs.map((subgraph) => `  ${subgraph.name.padEnd(12)} ${subgraph.service.graphqlUrl}`),
      ...(hub.gateway.metricsUrl
        ? [
            `  Metrics      ${[hub.gateway, ...hub.subgraphs.map((subgraph) => subgraph.service)].map((service) => service.metricsUrl).join(' ')}`,
          ]
        : []),
      '',
      'Every request needs a token. As a tutor of Integra Corner Torino Aurora:',
      '  TOKEN=$(npm run -s token -- tutor.aurora)',
      `  curl -s ${hub.gateway.graphqlUrl} -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
      `    -d '{"query":"{ beneficiaries(first: 5) { edges { node { givenName familyName caseStatus } } } }"}'`,
      identityProvider
        ? '  Demo users (password shubh-dev-only): admin.rossi, coord.torino, tutor.aurora, tutor.bari, partner.enaip,\n' +
          '  housing.torino, employer.logistica, monitoring.fami, amina.diallo. See README.md.'
        : `  Tokens come from ${identity.issuer}.`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
} catch (error) {
  await webConsole?.stop();
  await hub?.stop();
  await identityProvider?.stop();
  await embedded?.stop();
  if (error instanceof ConfigurationError) {
    console.error(`Configuration error: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`A port the hub needs is taken: ${(error as Error).message}. Stop the other program or set the port.`);
  } else {
    console.error('The hub could not start:', error);
  }
  process.exit(1);
}
