/**
 * What an operator sees of one request through the whole hub: one trace from the gateway through the four
 * subgraphs to their SQL, one JSON log line per service carrying the trace id and nothing personal, and
 * Prometheus metrics on each service's own metrics port.
 */
import { configureTracing, setDefaultLogDestination } from '@shubh/platform';
import { graphqlRequest, InMemorySpanExporter, SimpleSpanProcessor, testDatabaseUrl, type ReadableSpan } from '@shubh/platform/testing';
import { startHub, type RunningHub } from '../../hub/hub.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createHousingSituation } from '../../subgraphs/housing/test/housing-situation-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';
import { TestIdentity } from '../../test/support/test-identity.js';

const exporter = new InMemorySpanExporter();
const logLines: string[] = [];
let hub: RunningHub;
let identity: TestIdentity;
let adminToken: string;

const CASELOAD = `query Caseload($cornerId: ID!) {
  beneficiaries(filter: { integraCornerId: $cornerId }, first: 10) {
    edges { node { id givenName familyName integraCorner { name } labourProfile { employmentStatus } housingSituation { status } } }
  }
}`;
const SUBGRAPHS = ['beneficiaries', 'catalogue', 'labour', 'housing'];
const RATE_LIMIT = 5;

beforeAll(async () => {
  configureTracing({ serviceName: 'shubh-hub-test', spanProcessors: [new SimpleSpanProcessor(exporter)] });
  setDefaultLogDestination({ write: (line: string) => void logLines.push(line) });
  identity = await TestIdentity.start();
  hub = await startHub({
    databaseUrl: testDatabaseUrl(),
    host: '127.0.0.1',
    ports: 'ephemeral',
    logLevel: 'info',
    identity: identity.config,
    metrics: { host: '127.0.0.1' },
    gateway: { rateLimit: { requests: RATE_LIMIT, windowSeconds: 60, keyPrefix: 'telemetry-test' } },
  });
  adminToken = await identity.tokenFor({ roles: ['network-admin'] });
});
afterAll(async () => {
  setDefaultLogDestination(undefined);
  await hub?.stop();
  await identity?.stop();
});

async function seedCorner() {
  const host = await createOrganisation(hub.dataSources.catalogue!, { type: 'PATRONATO', name: 'Patronato Telemetria' });
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, { hostOrganisationId: host.id, province: 'TO' });
  const people = [];
  for (let i = 0; i < 2; i += 1) {
    const person = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: corner.id, province: 'TO' });
    await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: person.id });
    await createHousingSituation(hub.dataSources.housing!, { beneficiaryId: person.id });
    people.push(person);
  }
  return { corner, people };
}

/** The caseload query as a front end sends it, with the request id the gateway answered. */
async function caseload(cornerId: string) {
  const response = await fetch(hub.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: CASELOAD, variables: { cornerId }, operationName: 'Caseload' }),
  });
  const body = (await response.json()) as { data?: { beneficiaries: { edges: unknown[] } }; errors?: unknown[] };
  return { status: response.status, body, requestId: response.headers.get('x-request-id')! };
}

/** Spans are handed to the exporter when they end; the last ones end as the response leaves. */
async function spansOfTrace(traceId: string, until: (spans: ReadableSpan[]) => boolean): Promise<ReadableSpan[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    if (until(spans)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const serviceOf = (span: ReadableSpan) => span.attributes['shubh.service'];

function ancestors(span: ReadableSpan, byId: Map<string, ReadableSpan>): ReadableSpan[] {
  const chain: ReadableSpan[] = [];
  for (let parent = byId.get(parentOf(span) ?? ''); parent; parent = byId.get(parentOf(parent) ?? '')) chain.push(parent);
  return chain;
}

function requestLines(): Record<string, any>[] {
  return logLines.map((line) => JSON.parse(line) as Record<string, any>).filter((line) => line.msg === 'request');
}

async function scrape(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** The value of one series (`name{labels}`), labels given in any order; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('telemetry of the caseload query', () => {
  let seeded: Awaited<ReturnType<typeof seedCorner>>;
  let answer: Awaited<ReturnType<typeof caseload>>;
  beforeAll(async () => {
    seeded = await seedCorner();
    answer = await caseload(seeded.corner.id);
  });

  it('answers the query in full', () => {
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.beneficiaries.edges).toHaveLength(2);
  });

  it('is one trace: the gateway, a fetch to each of the four subgraphs, their requests, and their SQL', async () => {
    const gatewaySpan = exporter
      .getFinishedSpans()
      .find((span) => serviceOf(span) === 'gateway' && span.attributes['shubh.request_id'] === answer.requestId);
    expect(gatewaySpan).toBeDefined();
    expect(gatewaySpan!.attributes['graphql.operation.name']).toBe('Caseload');
    expect(gatewaySpan!.attributes['http.response.status_code']).toBe(200);
    // The trace starts here: the caller sent no traceparent.
    expect(parentOf(gatewaySpan!)).toBeUndefined();

    const traceId = gatewaySpan!.spanContext().traceId;
    const isSql = (span: ReadableSpan) => typeof span.attributes['db.query.text'] === 'string';
    const spans = await spansOfTrace(
      traceId,
      (found) => SUBGRAPHS.every((name) => found.some((span) => serviceOf(span) === name)) && found.some(isSql),
    );
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));

    // Each subgraph's request span is a child of one of the gateway's fetches, under the gateway's request span.
    const fetches = spans.filter((span) => span.name === 'gateway.fetch');
    expect(new Set(fetches.map((span) => span.attributes.service))).toEqual(new Set(SUBGRAPHS));
    for (const name of SUBGRAPHS) {
      const requests = spans.filter((span) => serviceOf(span) === name);
      expect(requests.length).toBeGreaterThan(0);
      for (const request of requests) {
        const parent = byId.get(parentOf(request) ?? '');
        expect(parent?.name).toBe('gateway.fetch');
        expect(parent?.attributes.service).toBe(name);
        expect(ancestors(request, byId)).toContain(gatewaySpan);
        expect(request.attributes['graphql.operation.name']).toBeDefined();
      }
      // Its SQL statements are its children, with their text and never the values bound to them.
      const statements = spans.filter((span) => isSql(span) && ancestors(span, byId).some((ancestor) => requests.includes(ancestor)));
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.attributes['db.system.name']).toBe('postgresql');
        const text = String(statement.attributes['db.query.text']);
        for (const person of seeded.people) {
          expect(text).not.toContain(person.id);
          expect(text).not.toContain(person.givenName);
        }
      }
    }
    // Nothing of the request is outside the trace: every span leads back to the gateway's.
    for (const span of spans) if (span !== gatewaySpan) expect(ancestors(span, byId)).toContain(gatewaySpan);
  });

  it('logs one JSON line per service with the trace id, the caller, the operation, status and duration, nothing personal', async () => {
    const gatewaySpan = exporter.getFinishedSpans().find((span) => span.attributes['shubh.request_id'] === answer.requestId)!;
    const traceId = gatewaySpan.spanContext().traceId;
    const gatewayLines = requestLines().filter((line) => line.requestId === answer.requestId);
    expect(gatewayLines).toHaveLength(1);
    const line = gatewayLines[0]!;
    expect(line).toMatchObject({ level: 30, service: 'gateway', traceId, operation: 'Caseload', operationType: 'query', status: 200 });
    expect(line.subject).toEqual(expect.any(String));
    expect(line.roles).toEqual(['network-admin']);
    expect(line.durationMs).toEqual(expect.any(Number));

    // The subgraphs' lines carry the same trace id: one request can be followed through every service's log.
    const traced = requestLines().filter((entry) => entry.traceId === traceId);
    expect(new Set(traced.map((entry) => entry.service))).toEqual(new Set(['gateway', ...SUBGRAPHS]));

    const everything = logLines.join('\n');
    for (const person of seeded.people) {
      expect(everything).not.toContain(person.givenName);
      expect(everything).not.toContain(person.familyName);
    }
    expect(everything).not.toContain(adminToken);
    expect(everything).not.toContain(adminToken.split('.')[2]);
  });

  it('logs a refused request with the code the client saw', async () => {
    // A refused token is the error a client can always cause: its code is logged, as the client saw it.
    const { status } = await graphqlRequest(hub.gateway.graphqlUrl, '{ __typename }', {}, { authorization: 'Bearer not-a-token' });
    expect(status).toBe(401);
    const refused = requestLines().filter((line) => line.service === 'gateway' && line.status === 401);
    expect(refused.at(-1)?.errors).toEqual([{ code: 'UNAUTHENTICATED' }]);
  });
});

describe('metrics', () => {
  it('each service answers /metrics in the Prometheus text format on its own port, not on the GraphQL one', async () => {
    const services = [hub.gateway, ...hub.subgraphs.map((subgraph) => subgraph.service)];
    for (const service of services) {
      expect(service.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(new URL(service.metricsUrl!).port).not.toBe(String(service.port));
      const { status, type, text } = await scrape(service.metricsUrl!);
      expect(status).toBe(200);
      expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(text).toContain('# TYPE shubh_graphql_request_duration_seconds histogram');
      expect(text).toContain('# TYPE shubh_graphql_errors_total counter');
      expect((await fetch(`${service.url}/metrics`)).status).toBe(404);
    }
  });

  it('counts requests per operation, errors per code, subgraph fetches, rate-limit refusals, the pool and the audit', async () => {
    const { corner } = await seedCorner();
    await caseload(corner.id);
    // Past the allowance of one caller: RATE_LIMITED, counted as a refusal and as an error.
    const busy = await identity.tokenFor({ roles: ['network-admin'] });
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i += 1) {
      statuses.push((await graphqlRequest(hub.gateway.graphqlUrl, '{ __typename }', {}, { authorization: `Bearer ${busy}` })).status);
    }
    expect(statuses.at(-1)).toBe(429);

    const gateway = (await scrape(hub.gateway.metricsUrl!)).text;
    const labels = { service: 'gateway', operation: 'Caseload', status: '200' };
    expect(sample(gateway, 'shubh_graphql_request_duration_seconds_count', labels)).toBeGreaterThanOrEqual(2);
    expect(sample(gateway, 'shubh_graphql_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    expect(sample(gateway, 'shubh_graphql_errors_total', { operation: 'anonymous', code: 'RATE_LIMITED' })).toBe(1);
    expect(sample(gateway, 'shubh_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBeGreaterThanOrEqual(1);
    expect(sample(gateway, 'shubh_rate_limit_refusals_total', { service: 'gateway' })).toBe(1);
    for (const subgraph of SUBGRAPHS) {
      expect(sample(gateway, 'shubh_gateway_subgraph_fetch_duration_seconds_count', { subgraph, outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    }
    // The whole process's own figures, once (at the gateway, in an in-process hub).
    expect(gateway).toContain('shubh_process_resident_memory_bytes');

    for (const subgraph of hub.subgraphs) {
      const text = (await scrape(subgraph.service.metricsUrl!)).text;
      const service = subgraph.name;
      expect(sample(text, 'shubh_graphql_request_duration_seconds_count', { service, status: '200' })).toBeGreaterThanOrEqual(2);
      for (const state of ['in_use', 'idle', 'waiting']) {
        expect(sample(text, 'shubh_db_pool_connections', { service, pool: 'main', state })).toEqual(expect.any(Number));
      }
    }
    // Reading people's data is audited by the subgraphs that serve it.
    const beneficiaries = (await scrape(hub.subgraphs.find((s) => s.name === 'beneficiaries')!.service.metricsUrl!)).text;
    expect(sample(beneficiaries, 'shubh_audit_entries_appended_total', { service: 'beneficiaries' })).toBeGreaterThanOrEqual(4);
  });

  it('reports the sealing lag of the audit sealer while it leads', async () => {
    // The sealer passes every second (AUDIT_SEAL_INTERVAL_MS); the first pass leads and reports.
    let lag: number | undefined;
    for (let attempt = 0; attempt < 40 && lag === undefined; attempt += 1) {
      lag = sample((await scrape(hub.subgraphs[0]!.service.metricsUrl!)).text, 'shubh_audit_seal_lag_seconds', {});
      if (lag === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(30);
  });
});
