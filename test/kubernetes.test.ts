/**
 * The Kubernetes manifests (deploy/) have to agree with the code they run, as the compose file does: every
 * overlay renders (kustomize, through `kubectl kustomize`), every object is valid against the Kubernetes API
 * schemas (kubernetes-models), the operators' objects say what deploy/README.md promises, and the environment
 * each container gets is accepted by the service's own configuration code. No cluster is needed.
 */
import { readGatewayConfig } from '@shubh/gateway';
import { readSubgraphConfig } from '@shubh/platform';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';

const root = fileURLToPath(new URL('..', import.meta.url));
const OVERLAYS = ['development', 'production'];
const SUBGRAPH_PORTS: Record<string, number> = { beneficiaries: 4001, catalogue: 4002, labour: 4003, housing: 4004 };
const SERVICES = ['gateway', ...Object.keys(SUBGRAPH_PORTS)];
/** Set in the ConfigMap only to build DATABASE_URL from the per-subgraph credentials with `$(VAR)`. */
const EXPANSION_HELPERS = new Set(['DATABASE_USER', 'DATABASE_PASSWORD', 'DATABASE_HOST', 'DATABASE_NAME']);

type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: any;
};

const CORE_MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};
const OPERATOR_KINDS = [
  'postgresql.cnpg.io/v1/Cluster',
  'postgresql.cnpg.io/v1/ScheduledBackup',
  'k8s.keycloak.org/v2alpha1/Keycloak',
  'k8s.keycloak.org/v2alpha1/KeycloakRealmImport',
];

function render(overlay: string): Manifest[] {
  const text = execFileSync('kubectl', ['kustomize', `deploy/overlays/${overlay}`], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return parseAllDocuments(text).map((document) => document.toJS() as Manifest);
}

const rendered = Object.fromEntries(OVERLAYS.map((overlay) => [overlay, render(overlay)]));
const find = (manifests: Manifest[], kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);

/** Valid stand-ins for the placeholder secrets, so the configuration code can be run on the manifests' environment. */
const auditKey = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
function standIn(key: string, value: string): string {
  if (key.endsWith('GATEWAY_SECRET')) return 'f'.repeat(64);
  if (key === 'AUDIT_SIGNING_KEY') return auditKey;
  return value;
}

/** The environment a container starts with: its ConfigMaps, its values, its secrets, `$(VAR)` expanded as the kubelet does. */
function environmentOf(manifests: Manifest[], container: any, problems: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    const map = find(manifests, 'ConfigMap', source.configMapRef?.name);
    if (!map) problems.push(`${container.name}: ConfigMap ${source.configMapRef?.name} is not rendered`);
    Object.assign(env, map?.data ?? {});
  }
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom?.secretKeyRef;
    if (ref) {
      const secret = find(manifests, 'Secret', ref.name);
      const value = secret?.stringData?.[ref.key] ?? secret?.data?.[ref.key];
      // An optional reference to a Secret the operator may create (notification e-mail): the variable is unset without it.
      if (value === undefined && ref.optional === true) continue;
      if (value === undefined) problems.push(`${container.name}: ${variable.name} refers to ${ref.name}/${ref.key}, which is not rendered`);
      env[variable.name] = standIn(ref.key, String(value ?? ''));
    } else {
      env[variable.name] = String(variable.value ?? '').replace(/\$\(([A-Z_][A-Z0-9_]*)\)/g, (whole, name: string) => env[name] ?? whole);
    }
  }
  return env;
}

/** As docker-compose.test.ts: every variable the code reads, by name or as a constant of a config module. */
function variablesReadByCode(): Set<string> {
  const files = execFileSync('git', ['ls-files', 'packages/platform/src', 'gateway/src', 'subgraphs/*/src'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const names = new Set<string>();
  for (const file of files) {
    const text = readFileSync(`${root}/${file}`, 'utf8');
    for (const match of text.matchAll(/read(?:String|Integer|Url|Boolean|OptionalString|Secret)\(env, '([A-Z][A-Z0-9_]*)'/g))
      names.add(match[1]!);
    if (file.endsWith('/config.ts'))
      for (const match of text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,})'/g)) names.add(match[1]!);
  }
  return names;
}

describe.each(OVERLAYS)('the %s overlay', (overlay) => {
  const manifests = rendered[overlay]!;
  const deploymentOf = (name: string) => find(manifests, 'Deployment', `shubh-${name}`)!;

  test('renders every object into one namespace, each valid against its schema', () => {
    expect(manifests.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const manifest of manifests) {
      const type = `${manifest.apiVersion}/${manifest.kind}`;
      if (manifest.metadata.namespace !== (overlay === 'production' ? 'shubh' : 'shubh-dev'))
        problems.push(`${type} ${manifest.metadata.name}: namespace ${manifest.metadata.namespace}`);
      const Model = CORE_MODELS[type];
      if (Model) {
        try {
          new Model(manifest).validate();
        } catch (error) {
          problems.push(`${type} ${manifest.metadata.name}: ${(error as Error).message}`);
        }
      } else if (!OPERATOR_KINDS.includes(type)) problems.push(`${type} ${manifest.metadata.name}: no schema to validate it against`);
    }
    expect(problems).toEqual([]);
  });

  test.each(SERVICES)('%s: at least two replicas, probes on /readyz and /healthz, resources, an HPA on CPU and a PDB', (name) => {
    const deployment = deploymentOf(name);
    const container = deployment.spec.template.spec.containers[0];
    const port = name === 'gateway' ? 4000 : SUBGRAPH_PORTS[name]!;
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(overlay === 'production' ? 3 : 2);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port });
    expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    const hpa = find(manifests, 'HorizontalPodAutoscaler', `shubh-${name}`)!;
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: `shubh-${name}` });
    expect(hpa.spec.minReplicas).toBe(deployment.spec.replicas);
    expect(hpa.spec.metrics[0].resource.name).toBe('cpu');
    const pdb = find(manifests, 'PodDisruptionBudget', `shubh-${name}`)!;
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  });

  test.each(Object.keys(SUBGRAPH_PORTS))('subgraph %s: its configuration code accepts the environment the manifests give it', (name) => {
    const problems: string[] = [];
    const container = deploymentOf(name).spec.template.spec.containers[0];
    const env = environmentOf(manifests, container, problems);
    const config = readSubgraphConfig(env, SUBGRAPH_PORTS[name]!);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: SUBGRAPH_PORTS[name],
      migrations: 'skip',
      metrics: { host: '0.0.0.0', port: SUBGRAPH_PORTS[name]! + 5400 },
    });
    expect(env.NODE_ENV).toBe('production');
    // Its own database credentials, from its own Secret, on the cluster's read-write service.
    expect(new URL(config.databaseUrl).host).toBe('shubh-db-rw:5432');
    expect(container.env.find((v: any) => v.name === 'DATABASE_PASSWORD').valueFrom.secretKeyRef.name).toBe(`shubh-db-${name}`);
    // The same secret the gateway presents to this subgraph.
    const gatewayEnv = environmentOf(manifests, deploymentOf('gateway').spec.template.spec.containers[0], problems);
    expect(gatewayEnv[`${name.toUpperCase()}_GATEWAY_SECRET`]).toBe(env.GATEWAY_SECRET);
  });

  test('notification e-mail is optional: off without the shubh-notification-mail Secret, on with it, from the beneficiaries subgraph', () => {
    const problems: string[] = [];
    const container = deploymentOf('beneficiaries').spec.template.spec.containers[0];
    const env = environmentOf(manifests, container, problems);
    expect(problems).toEqual([]);
    expect(readSubgraphConfig(env, SUBGRAPH_PORTS.beneficiaries!).mail).toBeNull();
    for (const name of ['SMTP_URL', 'MAIL_USER_DIRECTORY_CLIENT_SECRET']) {
      expect(container.env.find((v: any) => v.name === name)?.valueFrom.secretKeyRef).toEqual({
        name: 'shubh-notification-mail',
        key: name,
        optional: true,
      });
    }
    // With the Secret an operator creates, the configuration code accepts what the manifests give.
    const mail = readSubgraphConfig(
      { ...env, SMTP_URL: 'smtps://hub:pw@smtp.example.org:465', MAIL_USER_DIRECTORY_CLIENT_SECRET: 's' },
      4001,
    ).mail;
    expect(mail).toMatchObject({ from: expect.stringContaining('@'), consoleUrl: 'https://console.shubh.example.org' });
    expect(mail?.userDirectory?.clientSecret).toBe('s');
  });

  test('the gateway: its configuration code accepts its environment, and it calls each subgraph at its Service', () => {
    const problems: string[] = [];
    const env = environmentOf(manifests, deploymentOf('gateway').spec.template.spec.containers[0], problems);
    const config = readGatewayConfig(env);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ host: '0.0.0.0', port: 4000, metrics: { port: 9400 } });
    expect(config.rateLimit?.redisUrl).toBe('redis://shubh-redis:6379');
    expect(find(manifests, 'Service', 'shubh-redis')).toBeDefined();
    for (const [name, port] of Object.entries(SUBGRAPH_PORTS)) {
      const url = new URL(config.subgraphUrls[name as keyof typeof config.subgraphUrls]!);
      const service = find(manifests, 'Service', url.hostname);
      expect(service?.spec.ports.map((p: any) => p.port)).toContain(Number(url.port));
      expect(url.port).toBe(String(port));
    }
  });

  test('sets only variables that the code reads', () => {
    const known = variablesReadByCode();
    const problems: string[] = [];
    const containers = [
      ...SERVICES.map((name) => deploymentOf(name).spec.template.spec.containers[0]),
      ...find(manifests, 'Job', 'shubh-migrations')!.spec.template.spec.initContainers,
    ];
    for (const container of containers) {
      for (const variable of Object.keys(environmentOf(manifests, container, problems))) {
        if (!known.has(variable) && !EXPANSION_HELPERS.has(variable) && variable !== 'NODE_ENV')
          problems.push(`${container.name}: ${variable} is set but no code reads it`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('migrations run once per release, in a Job, one subgraph after the other', () => {
    const job = find(manifests, 'Job', 'shubh-migrations')!;
    const steps = job.spec.template.spec.initContainers;
    expect(steps.map((step: any) => step.name)).toEqual(Object.keys(SUBGRAPH_PORTS).map((name) => `migrate-${name}`));
    for (const [index, name] of Object.keys(SUBGRAPH_PORTS).entries()) {
      const problems: string[] = [];
      const config = readSubgraphConfig(environmentOf(manifests, steps[index], problems), SUBGRAPH_PORTS[name]!);
      expect(problems).toEqual([]);
      expect(config.migrations).toBe('only');
      expect(steps[index].image).toMatch(new RegExp(`/shubh/${name}:`));
    }
    // The replicas never migrate.
    for (const name of Object.keys(SUBGRAPH_PORTS)) {
      expect(deploymentOf(name).spec.template.spec.containers[0].env).toContainEqual({ name: 'MIGRATIONS', value: 'skip' });
    }
  });

  test('PostgreSQL is a CloudNativePG cluster of three instances with scheduled backups and a login role per subgraph', () => {
    const cluster = find(manifests, 'Cluster', 'shubh-db')!;
    expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.backup.barmanObjectStore.destinationPath).toMatch(/^s3:\/\//);
    const backup = find(manifests, 'ScheduledBackup', 'shubh-db-daily')!;
    expect(backup.spec.cluster.name).toBe('shubh-db');
    expect(backup.spec.schedule.split(' ')).toHaveLength(6);
    for (const name of Object.keys(SUBGRAPH_PORTS)) {
      const role = cluster.spec.managed.roles.find((r: any) => r.passwordSecret.name === `shubh-db-${name}`);
      expect(role).toMatchObject({ login: true, inRoles: expect.arrayContaining([`shubh_${name}`]) });
      expect(find(manifests, 'Secret', `shubh-db-${name}`)!.stringData.username).toBe(role.name);
    }
  });

  test('Keycloak runs through its operator and imports the realm file as it is', () => {
    const keycloak = find(manifests, 'Keycloak', 'shubh-keycloak')!;
    const realmImport = find(manifests, 'KeycloakRealmImport', 'shubh-realm')!;
    expect(realmImport.spec.keycloakCRName).toBe(keycloak.metadata.name);
    expect(realmImport.spec.realm).toEqual(JSON.parse(readFileSync(`${root}/keycloak/realm-shubh.json`, 'utf8')));
  });

  test('only the gateway reaches the subgraphs, only the subgraphs (and the migrations) reach PostgreSQL', () => {
    const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
    expect(find(manifests, 'NetworkPolicy', 'shubh-default-deny')!.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const subgraphs = policies.filter((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === 'subgraph');
    expect(subgraphs.flatMap((p) => p.spec.ingress.flatMap((rule: any) => rule.from))).toEqual([
      { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'shubh-gateway' } } },
    ]);
    const postgres = find(manifests, 'NetworkPolicy', 'shubh-postgres-from-subgraphs')!;
    const admitted = postgres.spec.ingress[0].from.map((peer: any) => peer.podSelector.matchLabels);
    expect(admitted).toContainEqual({ 'app.kubernetes.io/component': 'subgraph' });
    expect(admitted).not.toContainEqual({ 'app.kubernetes.io/name': 'shubh-gateway' });
    // The console's static files and the gateway behind the Ingress.
    const ingress = find(manifests, 'Ingress', 'shubh')!;
    const backends = ingress.spec.rules.flatMap((rule: any) => rule.http.paths.map((path: any) => path.backend.service.name));
    expect(backends.sort()).toEqual(['shubh-console', 'shubh-gateway']);
  });
});
