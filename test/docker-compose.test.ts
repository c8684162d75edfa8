/**
 * The container set-up has to agree with the code it runs: the ports the code defaults to, the variables it
 * reads, the workspaces that exist. Docker is not needed: the files are read and compared with the source.
 * Each check gathers every problem it finds, so one failure lists everything there is to fix.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The subgraphs and the ports everyone has agreed on (the README, the supergraph, the compose file). */
const SUBGRAPH_PORTS: Record<string, number> = { beneficiaries: 4001, catalogue: 4002, labour: 4003, housing: 4004 };
const GATEWAY_PORT = 4000;
const HUB_SERVICES = [...Object.keys(SUBGRAPH_PORTS), 'gateway'];

/** What compose allows as the value of an `environment` or build `args` entry. */
type ComposeScalar = string | number | boolean | null;

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, ComposeScalar> | string[] };
  command?: string | string[];
  environment?: Record<string, ComposeScalar> | string[];
  ports?: unknown[];
  volumes?: unknown[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

// Merge keys (`<<: *anchor`) are how the compose file shares settings between services; docker compose
// understands them, and the `yaml` package does when asked.
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;

/** Compose accepts both `KEY: value` maps and `KEY=value` lists; both become a map of strings here. */
function toStringMap(value: Record<string, ComposeScalar> | string[] | undefined): Record<string, string> {
  if (!value) return {};
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((entry) => [entry.split('=')[0]!, entry.split('=').slice(1).join('=')]));
  }
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, entry == null ? '' : String(entry)]));
}

const environmentOf = (name: string) => toStringMap(services[name]?.environment);
const buildOf = (name: string) => {
  const build = services[name]?.build;
  return typeof build === 'string'
    ? { context: build, dockerfile: 'Dockerfile', args: {} }
    : {
        context: build?.context ?? '.',
        dockerfile: build?.dockerfile ?? 'Dockerfile',
        args: toStringMap(build?.args),
      };
};

function filesUnder(dir: string, accept: (file: string) => boolean): string[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(join(root, path)).isDirectory()) return entry === 'node_modules' ? [] : filesUnder(path, accept);
    return accept(path) ? [path] : [];
  });
}

/**
 * Every environment variable the hub's code reads. Most are read by name (`readInteger(env, 'PORT', ...)`);
 * the gateway reads its subgraph URLs from a table of names in its config module, so the upper-case string
 * literals of every `config.ts` count as well.
 */
function variablesReadByCode(): Set<string> {
  const sources = ['packages/platform/src', 'gateway/src', ...Object.keys(SUBGRAPH_PORTS).map((name) => `subgraphs/${name}/src`)].flatMap(
    (dir) => filesUnder(dir, (file) => file.endsWith('.ts') && !file.endsWith('.test.ts')),
  );
  const names = new Set<string>();
  const readCall = /read(?:String|Integer|Url|Boolean|OptionalString|Secret)\(env, '([A-Z][A-Z0-9_]*)'/g;
  const constantName = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,})'/g;
  for (const file of sources) {
    const text = read(file);
    for (const match of text.matchAll(readCall)) names.add(match[1]!);
    if (file.endsWith('/config.ts')) for (const match of text.matchAll(constantName)) names.add(match[1]!);
  }
  return names;
}

/** A subgraph's own default port, read from its definition's text so this test does not depend on it compiling. */
function defaultPortInCode(subgraph: string): number | string {
  const path = `subgraphs/${subgraph}/src/subgraph.ts`;
  if (!existsSync(join(root, path))) return `${path} does not exist yet`;
  const match = /defaultPort: (\d+)/.exec(read(path));
  return match ? Number(match[1]) : `${path} has no "defaultPort: <number>"`;
}

function gatewayDefaultPortInCode(): number | string {
  const path = 'gateway/src/config.ts';
  if (!existsSync(join(root, path))) return `${path} does not exist yet`;
  const match = /readServiceConfig\(env, (\d+)\)/.exec(read(path));
  return match ? Number(match[1]) : `${path} has no "readServiceConfig(env, <port>)"`;
}

const workspaces = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces;

describe('docker-compose.yml', () => {
  test('runs every hub service and the console, and nothing unexpected is built', () => {
    const built = Object.keys(services)
      .filter((name) => services[name]!.build !== undefined)
      .sort();
    expect(built).toEqual([...HUB_SERVICES, 'console'].sort());
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'keycloak', ...HUB_SERVICES]));
  });

  test.each(HUB_SERVICES)('%s is built from an existing Dockerfile for an existing workspace', (name) => {
    const problems: string[] = [];
    const { context, dockerfile, args } = buildOf(name);
    if (!existsSync(join(root, context))) problems.push(`build context "${context}" does not exist`);
    else if (!existsSync(join(root, context, dockerfile))) problems.push(`Dockerfile "${join(context, dockerfile)}" does not exist`);
    const workspace = args.SERVICE;
    const expected = name === 'gateway' ? 'gateway' : `subgraphs/${name}`;
    if (workspace !== expected) problems.push(`build arg SERVICE is "${workspace}", expected "${expected}"`);
    if (workspace && !workspaces.includes(workspace)) problems.push(`SERVICE "${workspace}" is not a workspace of the root package.json`);
    if (workspace && !existsSync(join(root, context, workspace, 'src/main.ts'))) {
      problems.push(`SERVICE "${workspace}" has no ${workspace}/src/main.ts to run`);
    }
    expect(problems).toEqual([]);
  });

  test.each(Object.keys(SUBGRAPH_PORTS))(
    'subgraph %s listens on its agreed port, on every interface, with the compose database',
    (name) => {
      const problems: string[] = [];
      const env = environmentOf(name);
      const codePort = defaultPortInCode(name);
      if (codePort !== SUBGRAPH_PORTS[name]) problems.push(`default port in code: ${codePort}, agreed port: ${SUBGRAPH_PORTS[name]}`);
      if (env.PORT !== String(SUBGRAPH_PORTS[name])) problems.push(`PORT is "${env.PORT}", expected "${SUBGRAPH_PORTS[name]}"`);
      if (env.HOST !== '0.0.0.0')
        problems.push(`HOST is "${env.HOST}", expected "0.0.0.0" (loopback is unreachable from other containers)`);

      const postgres = environmentOf('postgres');
      let url: URL | undefined;
      try {
        url = new URL(env.DATABASE_URL ?? '');
      } catch {
        problems.push(`DATABASE_URL "${env.DATABASE_URL}" is not a URL`);
      }
      if (url) {
        const expected = `postgres://${postgres.POSTGRES_USER}:${postgres.POSTGRES_PASSWORD}@postgres:5432/${postgres.POSTGRES_DB}`;
        const actual = `${url.protocol}//${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}@${url.hostname}:${url.port || 5432}${url.pathname}`;
        if (actual !== expected)
          problems.push(
            `DATABASE_URL is "${env.DATABASE_URL}", expected "${expected}" (the postgres service's user, password and database)`,
          );
      }
      expect(problems).toEqual([]);
    },
  );

  test('the gateway listens on its default port, publishes it, and calls each subgraph by service name and port', () => {
    const problems: string[] = [];
    const env = environmentOf('gateway');
    const codePort = gatewayDefaultPortInCode();
    if (codePort !== GATEWAY_PORT) problems.push(`gateway default port in code: ${codePort}, agreed port: ${GATEWAY_PORT}`);
    if (env.PORT !== String(GATEWAY_PORT)) problems.push(`PORT is "${env.PORT}", expected "${GATEWAY_PORT}"`);
    if (env.HOST !== '0.0.0.0') problems.push(`HOST is "${env.HOST}", expected "0.0.0.0"`);
    if (!(services.gateway?.ports ?? []).map(String).includes(`${GATEWAY_PORT}:${GATEWAY_PORT}`)) {
      problems.push(`ports do not publish "${GATEWAY_PORT}:${GATEWAY_PORT}"`);
    }
    for (const subgraph of Object.keys(SUBGRAPH_PORTS)) {
      const variable = `${subgraph.toUpperCase()}_URL`;
      const expected = `http://${subgraph}:${environmentOf(subgraph).PORT}/graphql`;
      if (env[variable] !== expected) problems.push(`${variable} is "${env[variable]}", expected "${expected}"`);
    }
    expect(problems).toEqual([]);
  });

  test('sets only environment variables that the code reads', () => {
    const known = variablesReadByCode();
    const unknown = HUB_SERVICES.flatMap((name) =>
      Object.keys(environmentOf(name))
        .filter((variable) => !known.has(variable))
        .map((variable) => `${name}: ${variable} is set but no code reads it`),
    );
    expect(unknown).toEqual([]);
  });

  test("publishes only the console, the gateway, Keycloak and Mailpit's web page to the host", () => {
    const published = Object.keys(services)
      .filter((name) => (services[name]!.ports ?? []).length > 0)
      .sort();
    expect(published).toEqual(['console', 'gateway', 'keycloak', 'mailpit']);
    // Mailpit's SMTP port stays on the compose network: nothing outside sends through it.
    expect((services.mailpit!.ports ?? []).map(String)).toEqual(['8025:8025']);
  });

  test('the subgraph that mails notifications sends them to Mailpit, from a sender, linking the published console', () => {
    const problems: string[] = [];
    if (!/^axllent\/mailpit(:|$)/.test(services.mailpit?.image ?? '')) problems.push(`mailpit image is "${services.mailpit?.image}"`);
    const env = environmentOf('beneficiaries');
    if (env.SMTP_URL !== 'smtp://mailpit:1025') problems.push(`beneficiaries SMTP_URL is "${env.SMTP_URL}", expected smtp://mailpit:1025`);
    if (!/@/.test(env.MAIL_FROM ?? '')) problems.push('beneficiaries MAIL_FROM is not an address');
    if (env.CONSOLE_URL !== `http://localhost:${environmentOf('console').CONSOLE_PORT}`) {
      problems.push(`beneficiaries CONSOLE_URL "${env.CONSOLE_URL}" is not the published console`);
    }
    const realm = JSON.parse(read('keycloak/realm-shubh.json')) as { clients: { clientId: string; secret?: string }[] };
    const client = realm.clients.find((candidate) => candidate.clientId === 'shubh-notification-mail');
    if (!client || env.MAIL_USER_DIRECTORY_CLIENT_SECRET !== client.secret) {
      problems.push("beneficiaries MAIL_USER_DIRECTORY_CLIENT_SECRET is not the realm's shubh-notification-mail secret");
    }
    expect(problems).toEqual([]);
  });

  test('the console is built from its Dockerfile and points browsers at the published Keycloak and gateway', () => {
    const problems: string[] = [];
    const { context, dockerfile } = buildOf('console');
    if (!existsSync(join(root, context, dockerfile))) problems.push(`Dockerfile "${join(context, dockerfile)}" does not exist`);
    const env = environmentOf('console');
    const server = read('console/server/main.ts');
    for (const variable of Object.keys(env))
      if (!server.includes(`'${variable}'`)) problems.push(`${variable} is set but console/server/main.ts does not read it`);
    if (env.CONSOLE_OIDC_ISSUER !== environmentOf('gateway').OIDC_ISSUER_URL) {
      problems.push(`CONSOLE_OIDC_ISSUER "${env.CONSOLE_OIDC_ISSUER}" is not the issuer the services expect`);
    }
    if (env.CONSOLE_GATEWAY_URL !== `http://localhost:${GATEWAY_PORT}/graphql`)
      problems.push(`CONSOLE_GATEWAY_URL is "${env.CONSOLE_GATEWAY_URL}"`);
    const origin = `http://localhost:${env.CONSOLE_PORT}`;
    if (!(services.console?.ports ?? []).map(String).includes(`${env.CONSOLE_PORT}:${env.CONSOLE_PORT}`))
      problems.push(`console does not publish ${env.CONSOLE_PORT}`);
    if (environmentOf('gateway').CORS_ALLOWED_ORIGINS !== origin)
      problems.push(`the gateway's CORS_ALLOWED_ORIGINS is not the console's origin ${origin}`);
    const realm = JSON.parse(read('keycloak/realm-shubh.json')) as { clients: { clientId: string; redirectUris?: string[] }[] };
    const frontend = realm.clients.find((client) => client.clientId === env.CONSOLE_OIDC_CLIENT_ID);
    if (!frontend?.redirectUris?.includes(`${origin}/*`))
      problems.push(`the realm's ${env.CONSOLE_OIDC_CLIENT_ID} does not allow ${origin}/* as redirect URI`);
    expect(problems).toEqual([]);
  });

  test.each(HUB_SERVICES)('%s reports its readiness and waits for what it needs', (name) => {
    const problems: string[] = [];
    const service = services[name]!;
    const check = [service.healthcheck?.test ?? []].flat().join(' ');
    if (!check || service.healthcheck?.disable) problems.push('no healthcheck');
    else if (!check.includes('/readyz')) problems.push(`healthcheck "${check}" does not ask /readyz`);

    const dependsOn = service.depends_on;
    const expected: Record<string, string> =
      name === 'gateway'
        ? {
            ...Object.fromEntries(Object.keys(SUBGRAPH_PORTS).map((subgraph) => [subgraph, 'service_healthy'])),
            keycloak: 'service_started',
          }
        : { postgres: 'service_healthy' };
    if (!dependsOn || Array.isArray(dependsOn)) {
      problems.push('depends_on must be a map with a condition for each dependency (a list only waits for the container to start)');
    } else {
      for (const [dependency, condition] of Object.entries(expected)) {
        if (dependsOn[dependency]?.condition !== condition) {
          problems.push(`depends_on ${dependency}: condition is "${dependsOn[dependency]?.condition}", expected "${condition}"`);
        }
      }
      for (const [dependency, settings] of Object.entries(dependsOn)) {
        if (!services[dependency]) problems.push(`depends_on names "${dependency}", which is not a service`);
        if (!settings?.condition) problems.push(`depends_on ${dependency} has no condition`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('postgres is PostgreSQL 16 with a health check and a named volume', () => {
    const problems: string[] = [];
    const postgres = services.postgres!;
    if (!/^postgres:16(\.|-|$)/.test(postgres.image ?? '')) problems.push(`image is "${postgres.image}", expected postgres:16`);
    if (![postgres.healthcheck?.test ?? []].flat().join(' ').includes('pg_isready')) problems.push('healthcheck does not run pg_isready');
    const env = environmentOf('postgres');
    for (const variable of ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB'])
      if (!env[variable]) problems.push(`${variable} is not set`);
    const volume = (postgres.volumes ?? []).map(String).find((entry) => entry.endsWith(':/var/lib/postgresql/data'));
    const volumeName = volume?.split(':')[0];
    if (!volumeName) problems.push('no volume on /var/lib/postgresql/data');
    else if (!(compose.volumes && volumeName in compose.volumes)) problems.push(`volume "${volumeName}" is not declared under volumes:`);
    expect(problems).toEqual([]);
  });

  test('keycloak is Keycloak 26 in dev mode, importing the shubh realm, with a readiness check', () => {
    const problems: string[] = [];
    const keycloak = services.keycloak!;
    if (!/^quay\.io\/keycloak\/keycloak:26(\.|$)/.test(keycloak.image ?? ''))
      problems.push(`image is "${keycloak.image}", expected quay.io/keycloak/keycloak:26.x`);
    const command = [keycloak.command ?? []].flat().join(' ');
    if (!command.includes('start-dev')) problems.push(`command "${command}" is not start-dev`);
    if (!command.includes('--import-realm')) problems.push(`command "${command}" does not --import-realm`);
    const mount = (keycloak.volumes ?? []).map(String).find((entry) => entry.includes('realm-shubh.json'));
    if (!mount?.startsWith('./keycloak/realm-shubh.json:/opt/keycloak/data/import/')) {
      problems.push(`no mount of ./keycloak/realm-shubh.json into /opt/keycloak/data/import/ (found "${mount}")`);
    }
    const env = environmentOf('keycloak');
    if (env.KC_HEALTH_ENABLED !== 'true') problems.push('KC_HEALTH_ENABLED is not "true"');
    if (!env.KC_BOOTSTRAP_ADMIN_USERNAME || !env.KC_BOOTSTRAP_ADMIN_PASSWORD)
      problems.push('KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD are not set');
    const check = [keycloak.healthcheck?.test ?? []].flat().join(' ');
    if (!check.includes('9000') || !check.includes('/health/ready'))
      problems.push(`healthcheck "${check}" does not ask the management port's /health/ready`);
    expect(problems).toEqual([]);
  });

  test('the realm file is a valid export of the shubh realm', () => {
    const realm = JSON.parse(read('keycloak/realm-shubh.json')) as Record<string, unknown>;
    expect(realm).toMatchObject({ realm: 'shubh', enabled: true, displayName: 'SHUBH integration hub', sslRequired: 'external' });
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  test('copies every workspace manifest before npm ci, which refuses a lockfile with missing workspaces', () => {
    const problems: string[] = [];
    const install = dockerfile.search(/^\s*(RUN .*)?npm ci .*--omit=dev/m);
    if (install < 0) problems.push('no "npm ci --omit=dev" step');
    for (const manifest of ['package.json package-lock.json', ...workspaces.map((workspace) => `${workspace}/package.json`)]) {
      const copy = dockerfile.indexOf(`COPY ${manifest}`);
      if (copy < 0 || copy > install) problems.push(`"COPY ${manifest}" must come before npm ci`);
      const file = manifest.split(' ')[0]!;
      if (!existsSync(join(root, file))) problems.push(`${file} does not exist yet`);
    }
    expect(problems).toEqual([]);
  });

  test('runs the compiled JavaScript of the selected workspace as the node user, with node itself as PID 1', () => {
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim|^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/^ARG SERVICE$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    // From the service's own folder, where dist/ sits as src/ did: the exec form, so no shell is PID 1.
    expect(dockerfile).toMatch(/^WORKDIR \/app\/\$\{SERVICE\}$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
  });

  test('runs no TypeScript: no tsx in any command of the image', () => {
    const commands = dockerfile.split('\n').filter((line) => /^(CMD|ENTRYPOINT|HEALTHCHECK)\b/.test(line));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((line) => /tsx|\.ts\b|--import|src\//.test(line))).toEqual([]);
  });

  test("the image holds only the staged files of its service and that workspace's production dependencies", () => {
    const stages = dockerfile.split(/^(?=FROM )/m).filter((stage) => stage.startsWith('FROM '));
    const runtime = stages.at(-1)!;
    const copies = runtime.split('\n').filter((line) => /^(COPY|ADD) /.test(line));
    expect(copies).toEqual([
      'COPY --from=production-dependencies /app/node_modules ./node_modules',
      'COPY --from=production-dependencies /app/packages/ ./packages/',
      'COPY --from=production-dependencies /app/subgraphs/ ./subgraphs/',
      'COPY --from=production-dependencies /app/gateway/ ./gateway/',
      'COPY --from=build /image/${SERVICE}/ ./',
    ]);
    const dependencies = stages.find((stage) => /^FROM \S+ AS production-dependencies$/m.test(stage)) ?? '';
    expect(dependencies).toMatch(/npm ci --omit=dev --workspace="\$\{SERVICE\}"/);
    // Built once for every image: SERVICE is declared only in the stages after the build.
    const build = stages.find((stage) => /^FROM \S+ AS build$/m.test(stage)) ?? '';
    expect(build).not.toMatch(/^ARG SERVICE/m);
    expect(build).toMatch(/npm run build && node --import tsx scripts\/service-image\.ts --all \/image/);
  });

  test("the image health check's fallback ports are the code's default ports", () => {
    const problems: string[] = [];
    const expected: Record<string, number | string> = {
      gateway: gatewayDefaultPortInCode(),
      ...Object.fromEntries(Object.keys(SUBGRAPH_PORTS).map((name) => [`subgraphs/${name}`, defaultPortInCode(name)])),
    };
    for (const [workspace, port] of Object.entries(expected)) {
      const key = workspace === 'gateway' ? 'gateway' : `'${workspace}'`;
      if (!dockerfile.includes(`${key}: ${port}`)) problems.push(`HEALTHCHECK does not map ${workspace} to ${port}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('.dockerignore', () => {
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  test('keeps host installs, local data and history out of the build context', () => {
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.data', '.git', 'coverage']));
  });

  test('keeps development-only code and host builds out of the build context', () => {
    expect(ignored).toEqual(expect.arrayContaining(['hub', 'demo', 'subgraphs/*/demo', 'identity', 'bench', 'dist', '**/dist']));
  });

  test('keeps the committed supergraph the gateway image serves', () => {
    expect(ignored.filter((pattern) => /^(\*\*\/)?schema(\/|$)|supergraph|\.graphql/.test(pattern))).toEqual([]);
    expect(existsSync(join(root, 'schema/supergraph.graphql'))).toBe(true);
  });
});
