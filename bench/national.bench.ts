/**
 * `npm run bench:national`: the hub's national-scale paths against one hand-written SQL statement each, on the
 * database `npm run bench:generate` made (NATIONAL_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/shubh_national).
 *
 * Starts the whole hub in this process on that database (every subgraph over real HTTP, the gateway, the
 * development identity provider with the generated corner's tutor, coordinator, an administrator and monitoring
 * as users, real tokens), then, for each path, times the GraphQL operation through the gateway and one SQL
 * statement returning the same rows on a plain pg connection, in interleaved rounds (service, SQL, SQL, service,
 * ...) so that the load of the machine hits both alike. Prints the medians, the ratio service/SQL and the SQL
 * statements the service issued per request. A program, not a test: it never fails on a time.
 *
 * BENCH_ROUNDS (default 11) rounds per path; BENCH_ONLY=caseload,attention,... to run some groups only. Every
 * service call is audited like any other read (the audit trail of the generated database grows).
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any -- GraphQL answers read by their path in a benchmark */
import { HUB_AUDIENCE, sqlStatements, todayInItaly } from '@shubh/platform';
import pg from 'pg';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startDevIdentityProvider } from '../identity/dev-identity-provider.js';
import { Realm, loadRealm } from '../identity/realm.js';
import { startHub } from '../hub/hub.js';
import { CANDIDATES_SQL, LOOKING_FOR_WORK, VACANCIES_SQL } from '../subgraphs/labour/src/matching/match-factors.js';
import { OFFERS_FOR_SQL } from '../subgraphs/housing/src/housing-request/offer-ranking.js';
import { grainFigures } from '../subgraphs/beneficiaries/src/results/grain-figures.js';
import { reportFigures } from '../subgraphs/beneficiaries/src/results/indicators.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const ONLY = process.env.BENCH_ONLY?.split(',');
const databaseUrl = process.env.NATIONAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/shubh_national';

// The hub's connections run without JIT compilation (`packages/platform/src/database.ts`): so do these.
const sql = new pg.Pool({ connectionString: databaseUrl, max: 2, statement_timeout: 120_000, options: '-c jit=off' });
const one = async <T extends Record<string, unknown>>(text: string, values: unknown[] = []) => (await sql.query<T>(text, values)).rows[0]!;

// What the generator recorded: the largest corner, its busiest tutor, the second corner (nothing overdue).
const settings = await one<{ people: number; corners: number }>('SELECT people, corners FROM bench.settings');
const large = await one<{ id: string; province: string; host_id: string; people: number }>(
  'SELECT id::text, province, host_id::text, people FROM bench.corner ORDER BY idx LIMIT 1',
);
const quiet = await one<{ id: string; host_id: string }>('SELECT id::text, host_id::text FROM bench.corner WHERE idx = 2');
const tutor = await one<{ user_id: string; cases: number }>(
  'SELECT user_id::text, cases::int FROM bench.tutor WHERE corner_id = $1 ORDER BY cases DESC, user_id LIMIT 1',
  [large.id],
);
const realm = new Realm({
  ...loadRealm().representation,
  users: [
    {
      id: tutor.user_id,
      username: 'bench.tutor',
      enabled: true,
      realmRoles: ['tutor'],
      attributes: { org: [large.host_id], corners: [large.id] },
    },
    {
      id: crypto.randomUUID(),
      username: 'bench.coordinator',
      enabled: true,
      realmRoles: ['corner-coordinator'],
      attributes: { org: [large.host_id], corners: [large.id] },
    },
    {
      id: crypto.randomUUID(),
      username: 'bench.quiet-coordinator',
      enabled: true,
      realmRoles: ['corner-coordinator'],
      attributes: { org: [quiet.host_id], corners: [quiet.id] },
    },
    { id: crypto.randomUUID(), username: 'bench.admin', enabled: true, realmRoles: ['network-admin'], attributes: {} },
    { id: crypto.randomUUID(), username: 'bench.monitoring', enabled: true, realmRoles: ['monitoring'], attributes: {} },
  ],
});
const identity = await startDevIdentityProvider({ realm, port: 0 });
const REFRESH = 'refresh-national-results';
const hub = await startHub({
  databaseUrl,
  host: '127.0.0.1',
  ports: 'ephemeral',
  logLevel: 'silent',
  identity: { issuer: identity.issuer, audience: HUB_AUDIENCE },
  gateway: { rateLimit: { requests: 0, windowSeconds: 60, keyPrefix: 'bench' } },
  // The refresh of the national results only, its schedule off: run once below, before the results are measured.
  jobs: { enabled: true, pollingIntervalSeconds: 1, only: [REFRESH], schedules: { [REFRESH]: 'off' } },
});

type Json = Record<string, any>;
const tokens = new Map<string, { token: string; at: number }>();
async function tokenFor(user: string): Promise<string> {
  const cached = tokens.get(user);
  if (cached && performance.now() - cached.at < 120_000) return cached.token;
  const token = await identity.tokenFor(user);
  tokens.set(user, { token, at: performance.now() });
  return token;
}
async function graphql(user: string, query: string, variables: Json = {}): Promise<Json> {
  const token = await tokenFor(user);
  const response = await fetch(hub.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 400)}`);
  return body.data;
}

interface Path {
  group: string;
  name: string;
  target: string;
  service: () => Promise<number>;
  sql: () => Promise<number>;
}
const paths: Path[] = [];
const add = (path: Path) => {
  if (!ONLY || ONLY.includes(path.group)) paths.push(path);
};
const today = todayInItaly();

// --- The tutor's caseload: the console's Caseload query, their corner, 20 a page, by name. -------------------
const CASELOAD = `query Caseload($filter: BeneficiaryFilter, $first: Int!, $after: String) {
  beneficiaries(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id givenName familyName caseStatus province tutorUserId nextFollowUpDue
      integraCorner { id name } eligibility { eligible windowClosesOn daysLeft } } }
    pageInfo { hasNextPage endCursor } } }`;
const CASELOAD_SQL = `
  SELECT b.id, b.given_name, b.family_name, b.case_status, b.province, b.tutor_user_id, p.next_follow_up_due, c.id AS corner_id, c.name AS corner_name,
    (b.reception_exit_date + interval '18 months')::date AS window_closes_on,
    (b.reception_exit_date + interval '18 months')::date - coalesce(b.enrolled_on, $2::date) AS days_left,
    (b.reception_exit_date + interval '18 months')::date >= coalesce(b.enrolled_on, $2::date) AS eligible
  FROM beneficiaries.beneficiary b
  JOIN catalogue.integra_corner c ON c.id = b.integra_corner_id
  LEFT JOIN beneficiaries.action_plan p ON p.beneficiary_id = b.id
  WHERE b.integra_corner_id = ANY ($1::uuid[])
    AND ($3::text IS NULL OR (b.family_name, b.given_name, b.id) > ($3, $4, $5::uuid))
  ORDER BY b.family_name, b.given_name, b.id LIMIT 21`;
const keyAt = (offset: number) =>
  one<{ family_name: string; given_name: string; id: string }>(
    `SELECT family_name, given_name, id::text FROM beneficiaries.beneficiary WHERE integra_corner_id = $1
      ORDER BY family_name, given_name, id OFFSET $2 LIMIT 1`,
    [large.id, offset - 1],
  );
{
  const first = await graphql('bench.tutor', CASELOAD, { first: 20 });
  const afterPage1 = first.beneficiaries.pageInfo.endCursor as string;
  // Page 101 starts after row 2000: walk there a hundred at a time, as a client would.
  let deep: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const data = await graphql('bench.tutor', CASELOAD, { first: 100, after: deep });
    deep = data.beneficiaries.pageInfo.endCursor;
  }
  const [key20, key2000] = [await keyAt(20), await keyAt(2000)];
  const pages: [string, string | null, typeof key20 | null][] = [
    ['caseload page 1', null, null],
    ['caseload page 2', afterPage1, key20],
    ['caseload page 101', deep, key2000],
  ];
  for (const [name, after, key] of pages) {
    add({
      group: 'caseload',
      name,
      target: '3x',
      service: async () => (await graphql('bench.tutor', CASELOAD, { first: 20, after })).beneficiaries.edges.length,
      sql: async () =>
        (await sql.query(CASELOAD_SQL, [[large.id], today, key?.family_name ?? null, key?.given_name ?? null, key?.id ?? null])).rowCount!,
    });
  }
}

// --- What needs attention, for the coordinator of the large corner (and of a corner with nothing overdue). ----
const attention = (field: string, args: string, node: string) =>
  `query($filter: AttentionFilter) { ${field}(filter: $filter, first: 10${args}) { edges { node { ${node} beneficiary { id givenName familyName } } } } }`;
const OVERDUE_SQL = `
  SELECT p.beneficiary_id, p.next_follow_up_due, p.last_follow_up_on, b.given_name, b.family_name
  FROM beneficiaries.action_plan p JOIN beneficiaries.beneficiary b ON b.id = p.beneficiary_id
  WHERE b.integra_corner_id = $1 AND b.case_status <> 'CLOSED' AND p.next_follow_up_due < $2
  ORDER BY p.next_follow_up_due, p.beneficiary_id LIMIT 11`;
for (const [coordinator, corner, label] of [
  ['bench.coordinator', large.id, 'large corner'],
  ['bench.quiet-coordinator', quiet.id, 'corner with nothing overdue'],
] as const) {
  add({
    group: 'attention',
    name: `overdueFollowUps, ${label}`,
    target: '3x',
    service: async () =>
      (await graphql(coordinator, attention('overdueFollowUps', '', 'dueOn daysOverdue lastFollowUpOn'), { filter: { allTutors: true } }))
        .overdueFollowUps.edges.length,
    sql: async () => (await sql.query(OVERDUE_SQL, [corner, today])).rowCount!,
  });
}
add({
  group: 'attention',
  name: 'openCriticalIssues, large corner',
  target: '3x',
  service: async () =>
    (
      await graphql('bench.coordinator', attention('openCriticalIssues', '', 'id severity description raisedOn'), {
        filter: { allTutors: true },
      })
    ).openCriticalIssues.edges.length,
  sql: async () =>
    (
      await sql.query(
        `SELECT i.id, i.severity, i.description, i.raised_on, b.id AS beneficiary_id, b.given_name, b.family_name
         FROM beneficiaries.critical_issue i JOIN beneficiaries.beneficiary b ON b.id = i.beneficiary_id
         WHERE b.integra_corner_id = $1 AND b.case_status <> 'CLOSED' AND i.resolved_at IS NULL
         ORDER BY i.severity_rank DESC, i.raised_on, i.id LIMIT 11`,
        [large.id],
      )
    ).rowCount!,
});
add({
  group: 'attention',
  name: 'permitsExpiring (60 days), large corner',
  target: '3x',
  service: async () =>
    (
      await graphql('bench.coordinator', attention('permitsExpiring', ', withinDays: 60', 'id permitExpiresOn'), {
        filter: { allTutors: true },
      })
    ).permitsExpiring.edges.length,
  sql: async () =>
    (
      await sql.query(
        `SELECT a.id, a.permit_expires_on, b.id AS beneficiary_id, b.given_name, b.family_name
         FROM beneficiaries.administrative_procedure a JOIN beneficiaries.beneficiary b ON b.id = a.beneficiary_id
         WHERE b.integra_corner_id = $1 AND b.case_status <> 'CLOSED' AND a.kind = 'PERMIT_RENEWAL' AND a.status <> 'DONE'
           AND a.permit_expires_on <= $2::date + 60
         ORDER BY a.permit_expires_on, a.id LIMIT 11`,
        [large.id, today],
      )
    ).rowCount!,
});
add({
  group: 'attention',
  name: 'eligibilityWindowsClosing (60 days), large corner',
  target: '3x',
  service: async () =>
    (
      await graphql(
        'bench.coordinator',
        `
          {
            eligibilityWindowsClosing(withinDays: 60, first: 10) {
              edges {
                node {
                  id
                  givenName
                  familyName
                  eligibility {
                    windowClosesOn
                    daysLeft
                  }
                }
              }
            }
          }
        `,
      )
    ).eligibilityWindowsClosing.edges.length,
  sql: async () =>
    (
      await sql.query(
        `SELECT b.id, b.given_name, b.family_name, (b.reception_exit_date + interval '18 months')::date AS closes_on
         FROM beneficiaries.beneficiary b
         WHERE b.integra_corner_id = $1 AND b.case_status = 'REFERRED'
           AND (b.reception_exit_date + interval '18 months')::date > $2::date
           AND (b.reception_exit_date + interval '18 months')::date <= $2::date + 60
         ORDER BY b.reception_exit_date, b.id LIMIT 11`,
        [large.id, today],
      )
    ).rowCount!,
});

// --- Eligible services of one person of the corner (catalogue, facts from the beneficiaries subgraph). -------
{
  const person = await one<{ id: string }>(
    `SELECT b.id::text FROM beneficiaries.beneficiary b WHERE b.integra_corner_id = $1 AND b.case_status = 'IN_PROGRESS'
      AND b.tutor_user_id = $2 ORDER BY b.id LIMIT 1`,
    [large.id, tutor.user_id],
  );
  add({
    group: 'eligible',
    name: 'eligibleServices (20) of a person',
    target: '3x',
    service: async () =>
      (
        await graphql(
          'bench.tutor',
          `
            query ($id: ID!) {
              beneficiary(id: $id) {
                eligibleServices(first: 20) {
                  score
                  reasons
                  service {
                    id
                    name
                  }
                }
              }
            }
          `,
          {
            id: person.id,
          },
        )
      ).beneficiary.eligibleServices.length,
    sql: async () =>
      (
        await sql.query(
          `WITH person AS (
             SELECT b.id, b.province, b.protection_status, b.birth_date, b.reception_exit_date,
               (SELECT l.level FROM beneficiaries.language_assessment l WHERE l.beneficiary_id = b.id AND l.language = 'it'
                 ORDER BY l.assessed_on DESC, l.recorded_at DESC LIMIT 1) AS italian_level,
               (extract(year FROM age($2::date, b.reception_exit_date)) * 12 + extract(month FROM age($2::date, b.reception_exit_date)))::int AS months,
               extract(year FROM age($2::date, b.birth_date))::int AS age
             FROM beneficiaries.beneficiary b WHERE b.id = $1)
           SELECT s.id, s.name,
             least(100, CASE WHEN cardinality(s.eligible_protection_statuses) > 0 THEN 10 ELSE 0 END
               + CASE WHEN s.max_months_since_reception_exit IS NULL THEN 0 WHEN p.months >= s.max_months_since_reception_exit - 3 THEN 15 ELSE 10 END
               + CASE WHEN s.min_age IS NULL AND s.max_age IS NULL THEN 0 ELSE 10 END
               + CASE WHEN s.min_italian_level IS NULL THEN 0 ELSE 15 END
               + CASE WHEN s.capacity IS NULL THEN 20 ELSE round(40.0 * (s.capacity - s.places_taken) / s.capacity)::int END) AS score
           FROM person p JOIN catalogue.service s ON s.publication_status = 'PUBLISHED' AND p.province = ANY (s.provinces)
           WHERE (s.ends_on IS NULL OR s.ends_on >= $2::date)
             AND (cardinality(s.eligible_protection_statuses) = 0 OR p.protection_status = ANY (s.eligible_protection_statuses))
             AND (s.max_months_since_reception_exit IS NULL OR p.months <= s.max_months_since_reception_exit)
             AND (s.min_age IS NULL OR p.age >= s.min_age) AND (s.max_age IS NULL OR p.age <= s.max_age)
             AND (s.min_italian_level IS NULL OR p.italian_level >= s.min_italian_level)
             AND (s.capacity IS NULL OR s.places_taken < s.capacity)
           ORDER BY score DESC, s.name, s.id LIMIT 20`,
          [person.id, today],
        )
      ).rowCount!,
  });
}

// --- The indicators: caseload counts (monitoring, national) and the results report (province, national). ----
add({
  group: 'indicators',
  name: 'caseloadIndicators, national (monitoring)',
  target: '3x',
  service: async () =>
    (
      await graphql(
        'bench.monitoring',
        `
          {
            caseloadIndicators {
              integraCorner {
                id
              }
              caseStatus
              count
              suppressed
            }
          }
        `,
      )
    ).caseloadIndicators.length,
  sql: async () =>
    (
      await sql.query(
        `SELECT integra_corner_id, case_status, CASE WHEN count(*) >= 5 THEN count(*) END AS count FROM beneficiaries.beneficiary
         GROUP BY integra_corner_id, case_status ORDER BY integra_corner_id, case_status`,
      )
    ).rowCount!,
});
{
  const period = await one<{ id: string; starts_on: string; ends_on: string }>(
    `SELECT id::text, starts_on::text, ends_on::text FROM beneficiaries.reporting_period WHERE kind = 'QUARTER' AND ends_on < current_date
      ORDER BY starts_on DESC LIMIT 1`,
  );
  const REPORT = `query($period: ID!, $province: String) { resultsReport(periodId: $period, province: $province) {
    indicators { indicator target cells { dimension key periodValue cumulativeValue suppressed } } } }`;
  // The first indicators and the services delivered (the largest contract), in the period and cumulatively, by each
  // person's dimension, in one statement (GROUPING SETS); each table and contract read once, grouped by person (as one
  // would write it by hand for 300,000 people). The report computes 21 indicators; this statement 12.
  const REPORT_SQL = `
    WITH person AS MATERIALIZED (
      SELECT b.id, b.integra_corner_id AS corner, b.province, b.sex, b.citizenship, b.protection_status, b.enrolled_on,
        CASE WHEN age($3::date, b.birth_date) < interval '18 years' THEN 'UNDER_18' WHEN age($3::date, b.birth_date) < interval '30 years' THEN '18_29'
             WHEN age($3::date, b.birth_date) < interval '55 years' THEN '30_54' ELSE '55_PLUS' END AS age_band,
        (b.created_at AT TIME ZONE 'Europe/Rome')::date AS opened_on
      FROM beneficiaries.beneficiary b
      WHERE ($1::text IS NULL OR b.province = $1)),
    intake AS (
      SELECT i.converted_beneficiary_id AS id, min(i.referred_on) AS referred_on FROM beneficiaries.intake_referral i
      WHERE i.converted_beneficiary_id IS NOT NULL GROUP BY i.converted_beneficiary_id),
    plan AS (
      SELECT v.beneficiary_id AS id, min((greatest(v.agreed_by_beneficiary_at, v.agreed_by_tutor_at) AT TIME ZONE 'Europe/Rome')::date) AS agreed_on
      FROM beneficiaries.action_plan_version v
      WHERE v.agreed_by_beneficiary_at IS NOT NULL AND v.agreed_by_tutor_at IS NOT NULL GROUP BY v.beneficiary_id),
    employment AS MATERIALIZED (
      SELECT e.beneficiary_id, e.started_on, e.ended_on FROM labour.employment_spell e JOIN person p ON p.id = e.beneficiary_id
      WHERE e.employment_status IN ('EMPLOYED', 'SELF_EMPLOYED') AND e.started_on >= p.enrolled_on),
    housing AS MATERIALIZED (
      SELECT h.beneficiary_id, h.started_on, h.ended_on FROM housing.housing_spell h JOIN person p ON p.id = h.beneficiary_id
      WHERE h.status IN ('SHARED_RENT', 'OWN_RENT', 'COHOUSING', 'SOCIAL_HOUSING') AND h.started_on >= p.enrolled_on),
    employed AS (
      SELECT DISTINCT e.beneficiary_id AS id FROM employment e WHERE e.started_on <= $3 AND (e.ended_on IS NULL OR e.ended_on >= $2)),
    housed AS (SELECT h.beneficiary_id AS id, min(h.started_on) AS housed_on FROM housing h GROUP BY h.beneficiary_id),
    guarantee AS (
      SELECT DISTINCT g.beneficiary_id AS id FROM housing.rent_guarantee_spell g
      WHERE g.started_on <= $3 AND (g.ended_on IS NULL OR g.ended_on >= $2)),
    autonomy AS (
      SELECT e.beneficiary_id AS id, min(greatest(e.started_on, h.started_on)) AS autonomous_on
      FROM employment e JOIN housing h ON h.beneficiary_id = e.beneficiary_id
      WHERE greatest(e.started_on, h.started_on) <= least(coalesce(e.ended_on, 'infinity'::date), coalesce(h.ended_on, 'infinity'::date))
      GROUP BY e.beneficiary_id),
    referral AS (
      SELECT o.beneficiary_id AS id, count(*) FILTER (WHERE o.sent_on BETWEEN $2 AND $3) AS sent,
             count(*) FILTER (WHERE o.sent_on BETWEEN $2 AND $3 AND o.completed_on <= $3) AS completed
      FROM catalogue.referral_outcome o GROUP BY o.beneficiary_id),
    delivered AS (
      SELECT d.beneficiary_id AS id, count(*) FILTER (WHERE d.started_on BETWEEN $2 AND $3) AS services,
             count(*) FILTER (WHERE d.started_on <= $3) AS services_total
      FROM catalogue.service_delivery d GROUP BY d.beneficiary_id),
    facts AS (
      SELECT p.corner, p.province, p.sex, p.citizenship, p.protection_status, p.age_band,
        coalesce(i.referred_on, p.opened_on) AS reached_on, p.opened_on, p.enrolled_on, pl.agreed_on,
        em.id IS NOT NULL AS employed, ho.housed_on, g.id IS NOT NULL AS guarantee, a.autonomous_on,
        coalesce(r.sent, 0) AS sent, coalesce(r.completed, 0) AS completed,
        coalesce(s.services, 0) AS services, coalesce(s.services_total, 0) AS services_total
      FROM person p
      LEFT JOIN intake i ON i.id = p.id LEFT JOIN plan pl ON pl.id = p.id LEFT JOIN employed em ON em.id = p.id
      LEFT JOIN housed ho ON ho.id = p.id LEFT JOIN guarantee g ON g.id = p.id LEFT JOIN autonomy a ON a.id = p.id
      LEFT JOIN referral r ON r.id = p.id LEFT JOIN delivered s ON s.id = p.id)
    SELECT corner, province, sex, citizenship, protection_status, age_band,
      count(*) FILTER (WHERE reached_on BETWEEN $2 AND $3) AS reached, count(*) FILTER (WHERE reached_on <= $3) AS reached_total,
      count(*) FILTER (WHERE opened_on BETWEEN $2 AND $3) AS referred, count(*) FILTER (WHERE opened_on <= $3) AS referred_total,
      count(*) FILTER (WHERE enrolled_on BETWEEN $2 AND $3) AS enrolled, count(*) FILTER (WHERE enrolled_on <= $3) AS enrolled_total,
      count(*) FILTER (WHERE agreed_on BETWEEN $2 AND $3) AS agreed, count(*) FILTER (WHERE agreed_on <= $3) AS agreed_total,
      percentile_disc(0.5) WITHIN GROUP (ORDER BY agreed_on - enrolled_on) FILTER (WHERE agreed_on BETWEEN $2 AND $3) AS days_to_agreed,
      sum(completed)::float8 / nullif(sum(sent), 0) AS closed_loop,
      count(*) FILTER (WHERE employed) AS employed, count(*) FILTER (WHERE housed_on <= $3) AS housed,
      count(*) FILTER (WHERE guarantee) AS guarantees,
      count(*) FILTER (WHERE autonomous_on BETWEEN $2 AND $3) AS autonomous, count(*) FILTER (WHERE autonomous_on <= $3) AS autonomous_total,
      sum(services) AS services, sum(services_total) AS services_total
    FROM facts
    GROUP BY GROUPING SETS ((), (corner), (province), (sex), (citizenship), (protection_status), (age_band))`;
  if (!ONLY || ONLY.includes('results')) {
    // What the scheduler does every 10 minutes: every open period's national report computed and kept.
    const started = performance.now();
    const jobs = hub.subgraphs.find((running) => running.name === 'beneficiaries')!.jobs;
    const { refreshed } = await jobs.run(REFRESH, 30 * 60_000);
    console.log(`refresh-national-results: ${refreshed} open periods in ${Math.round(performance.now() - started)} ms`);
  }
  // The refresh's work for this period (the statement, the breakdowns), as the job does it, in the process.
  const manager = hub.dataSources.beneficiaries!.manager;
  add({
    group: 'results',
    name: 'national report computed (the refresh, 1 period)',
    target: '3x',
    service: async () =>
      Object.keys(reportFigures(await grainFigures(manager, period.starts_on, period.ends_on, null, null)).indicators).length,
    sql: async () => (await sql.query(REPORT_SQL, [null, period.starts_on, period.ends_on])).rowCount!,
  });
  for (const [name, province, target] of [
    [`resultsReport, province ${large.province}`, large.province, '3x'],
    ['resultsReport, national (as refreshed)', null, '5 s'],
  ] as const) {
    add({
      group: 'results',
      name,
      target,
      service: async () => (await graphql('bench.admin', REPORT, { period: period.id, province })).resultsReport.indicators.length,
      sql: async () => (await sql.query(REPORT_SQL, [province, period.starts_on, period.ends_on])).rowCount!,
    });
  }
}

// --- Labour matching: the top 50 both ways (issue 10). ------------------------------------------------------
{
  const vacancy = await one<{ id: string }>(
    `SELECT v.id::text FROM labour.job_vacancy v WHERE v.status = 'OPEN' AND v.province = $1 ORDER BY v.id LIMIT 1`,
    [large.province],
  );
  const person = await one<{ id: string }>(
    `SELECT p.beneficiary_id::text AS id FROM labour.labour_profile p JOIN beneficiaries.beneficiary b ON b.id = p.beneficiary_id
      WHERE b.integra_corner_id = $1 AND b.tutor_user_id = $2 AND b.case_status <> 'CLOSED' ORDER BY p.beneficiary_id LIMIT 1`,
    [large.id, tutor.user_id],
  );
  const MATCH = 'score excluded gaps beneficiary { id } vacancy { id }';
  add({
    group: 'labour',
    name: 'candidatesFor (50) a vacancy',
    target: '3x',
    service: async () =>
      (await graphql('bench.tutor', `query($id: ID!) { candidatesFor(vacancyId: $id, first: 50) { ${MATCH} } }`, { id: vacancy.id }))
        .candidatesFor.length,
    sql: async () => (await sql.query(CANDIDATES_SQL, [vacancy.id, false, [large.id], 50, LOOKING_FOR_WORK])).rowCount!,
  });
  add({
    group: 'labour',
    name: 'vacanciesFor (50) a person',
    target: '3x',
    service: async () =>
      (await graphql('bench.tutor', `query($id: ID!) { vacanciesFor(beneficiaryId: $id, first: 50) { ${MATCH} } }`, { id: person.id }))
        .vacanciesFor.length,
    sql: async () => (await sql.query(VACANCIES_SQL, [person.id, 50])).rowCount!,
  });
}

// --- Housing: offersFor top 20 over the request's province (issue 11). ---------------------------------------
{
  const request = await one<{ id: string; province: string }>(
    `SELECT r.id::text, r.province FROM housing.housing_request r JOIN beneficiaries.beneficiary b ON b.id = r.beneficiary_id
      WHERE r.status = 'OPEN' AND b.integra_corner_id = $1 AND b.province = $2 ORDER BY r.id LIMIT 1`,
    [large.id, large.province],
  );
  add({
    group: 'housing',
    name: `offersFor (20) a request, ${request.province}`,
    target: '3x',
    service: async () =>
      (
        await graphql(
          'bench.tutor',
          `
            query ($id: ID!) {
              offersFor(requestId: $id, first: 20) {
                score
                fits
                rentShare
                reasons
                whyNot
                offer {
                  id
                  title
                }
              }
            }
          `,
          {
            id: request.id,
          },
        )
      ).offersFor.length,
    sql: async () => (await sql.query(OFFERS_FOR_SQL, [request.id, request.province, today, 0.35, 20])).rowCount!,
  });
}

// --- Measure. --------------------------------------------------------------------------------------------------
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = async (run: () => Promise<number>) => {
  const started = performance.now();
  const rows = await run();
  return { ms: performance.now() - started, rows };
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const version = await one<{ server_version: string }>('SHOW server_version');
console.log(
  `national-scale paths: ${settings.people.toLocaleString('en')} people, ${settings.corners} corners; large corner ${large.province} ` +
    `(${large.people.toLocaleString('en')} people), tutor with ${tutor.cases} cases; PostgreSQL ${version.server_version}; ` +
    `${ROUNDS} interleaved rounds; load average at start ${load()}`,
);
console.log(
  `${'path'.padEnd(52)} ${'service ms'.padStart(11)} ${'SQL ms'.padStart(8)} ${'ratio'.padStart(7)} ${'rows'.padStart(5)} statements target`,
);
try {
  for (const path of paths) {
    try {
      await time(path.service); // warm-up: plans, caches, DataLoaders' first statements
      await time(path.sql);
    } catch (error) {
      console.log(`${path.name.padEnd(52)} failed: ${(error as Error).message.slice(0, 160)}`);
      continue;
    }
    const service: number[] = [];
    const direct: number[] = [];
    let rows = 0;
    let statements = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? ['service', 'sql'] : ['sql', 'service'];
      for (const which of order) {
        if (which === 'service') {
          const before = sqlStatements.count;
          const result = await time(path.service);
          statements = sqlStatements.count - before;
          service.push(result.ms);
          rows = result.rows;
        } else direct.push((await time(path.sql)).ms);
      }
    }
    const [s, d] = [median(service), median(direct)];
    console.log(
      `${path.name.padEnd(52)} ${s.toFixed(1).padStart(11)} ${d.toFixed(1).padStart(8)} ${(s / d).toFixed(2).padStart(6)}x ${String(rows).padStart(5)} ${String(statements).padStart(10)} ${path.target}`,
    );
  }
  console.log(`load average at end ${load()}`);
} finally {
  await hub.stop();
  await identity.stop();
  await sql.end();
}
