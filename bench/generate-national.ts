/**
 * `npm run bench:generate`: a national-scale data set for `npm run bench:national` (issue 15 (d), issues 10-12).
 *
 * Makes a fresh database (DATABASE_URL names the server, default the machine's PostgreSQL at 127.0.0.1:5432; the
 * database is `shubh_national` unless `--database NAME`, dropped first if it exists), applies every subgraph's own
 * migrations to it (as `npm start` does), then fills it with SQL only (generate_series, INSERT ... SELECT), in one
 * session with a fixed random seed so two runs give the same figures:
 *
 * - 100 Integra Corners across the provinces, sizes skewed (Zipf-like: the largest about 15.6% of the people, the
 *   smallest a few hundred), 300,000 beneficiaries at every case status, 10% of them living outside their
 *   corner's province so that every Italian province has people, a tutor per 120 cases;
 * - 645,000 consents (case management for all, labour matching, housing support, sharing with an organisation;
 *   5% of the latter withdrawn), intake referrals, status changes, permits, Italian levels;
 * - a PAI (version, goals, actions linked to services) for every case from ASSESSED on, follow-ups every 30 days
 *   (one in eight overdue, none in the second largest corner), critical issues (a third open);
 * - 3,000,000 service records: 600,000 referrals (with transitions for those completed) and 2,400,000 enrolments;
 * - labour: profiles for 60%, 20,000 vacancies (open, across provinces and ISCO groups), candidacies, employments
 *   with their status changes; housing: situations for half, 50,000 offers, requests, proposals and placements,
 *   rent guarantees; reporting periods and targets.
 *
 * `--scale 0.01` makes every count proportional (3,000 people; at least 4 corners), for tests. The database's name
 * and the corners, tutors and coordinators the benchmark signs in as are kept in the schema `bench` of that
 * database (never read by the hub). Prints each step's time and the row counts.
 */
import { PROVINCE_CODES, createLogger, openSubgraphDatabase } from '@shubh/platform';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { allSubgraphs } from '../subgraphs/index.js';

export interface GenerateOptions {
  /** The server (any database on it): the generated database is made beside it. */
  serverUrl: string;
  database: string;
  scale: number;
  log?: (line: string) => void;
}

export interface GeneratedDatabase {
  url: string;
  seconds: number;
  counts: Record<string, number>;
}

/** Tables whose row counts are printed and returned. */
export const COUNTED_TABLES = [
  'beneficiaries.beneficiary',
  'beneficiaries.consent',
  'beneficiaries.intake_referral',
  'beneficiaries.case_status_change',
  'beneficiaries.action_plan',
  'beneficiaries.plan_action',
  'beneficiaries.follow_up',
  'beneficiaries.critical_issue',
  'beneficiaries.administrative_procedure',
  'catalogue.integra_corner',
  'catalogue.organisation',
  'catalogue.service',
  'catalogue.referral',
  'catalogue.service_enrollment',
  'labour.labour_profile',
  'labour.job_vacancy',
  'labour.candidacy',
  'labour.employment',
  'housing.housing_situation',
  'housing.housing_offer',
  'housing.housing_request',
  'housing.housing_proposal',
  'housing.rent_guarantee',
  'beneficiaries.reporting_period',
] as const;

const GIVEN_NAMES = [
  'Amina',
  'Ahmed',
  'Fatima',
  'Mohamed',
  'Aisha',
  'Ibrahim',
  'Mariam',
  'Yusuf',
  'Khadija',
  'Omar',
  'Zainab',
  'Ali',
  'Hawa',
  'Moussa',
  'Aminata',
  'Abdoulaye',
  'Fatoumata',
  'Mamadou',
  'Halima',
  'Hassan',
  'Sara',
  'Bilal',
  'Leila',
  'Karim',
  'Nadia',
  'Samir',
  'Rania',
  'Tariq',
  'Yasmin',
  'Idris',
  'Salma',
  'Jamal',
  'Noor',
  'Kofi',
  'Ama',
  'Chidi',
  'Ngozi',
  'Tesfaye',
  'Selam',
  'Dawit',
];
const FAMILY_NAMES = [
  'Diallo',
  'Traore',
  'Camara',
  'Keita',
  'Sow',
  'Bah',
  'Barry',
  'Conde',
  'Toure',
  'Coulibaly',
  'Kone',
  'Sylla',
  'Ahmadi',
  'Hosseini',
  'Rahimi',
  'Karimi',
  'Haidari',
  'Noori',
  'Popal',
  'Safi',
  'Okafor',
  'Adeyemi',
  'Okeke',
  'Nwosu',
  'Eze',
  'Obi',
  'Mensah',
  'Boateng',
  'Asante',
  'Haile',
  'Tesfay',
  'Gebre',
  'Alemu',
  'Mohammed',
  'Abdi',
  'Farah',
  'Hassan',
  'Warsame',
  'Yusuf',
  'Osman',
  'Khan',
  'Hussain',
  'Iqbal',
  'Rahman',
  'Islam',
  'Uddin',
  'Akter',
  'Al-Hassan',
  'Haddad',
  'Khalil',
  'Mansour',
  'Nasser',
  'Saleh',
  'Kovalenko',
  'Shevchenko',
  'Bondarenko',
  'Nour',
  'Jallow',
  'Ceesay',
  'Touray',
];
const CITIZENSHIPS = ['AF', 'NG', 'PK', 'SY', 'ER', 'SO', 'ML', 'GN', 'CI', 'BD', 'IR', 'IQ', 'UA', 'SD', 'GM', 'SN', 'ET', 'CM'];
/** ISCO-08 unit groups the vacancies and the profiles draw from (elementary, services, crafts, plant operators). */
const ISCO_CODES = [
  '9112',
  '9121',
  '9211',
  '9312',
  '9313',
  '9321',
  '9329',
  '9333',
  '9412',
  '9611',
  '5120',
  '5131',
  '5132',
  '5141',
  '5223',
  '5321',
  '5322',
  '7112',
  '7115',
  '7126',
  '7131',
  '7212',
  '7233',
  '7411',
  '7512',
  '8160',
  '8322',
  '8332',
  '8343',
  '8344',
  '6111',
  '6121',
  '3434',
  '4321',
  '4322',
  '5311',
  '5151',
  '7522',
  '8189',
  '9622',
];
const SERVICE_TYPES: [string, string][] = [
  ['ITALIAN_L2', 'LANGUAGE'],
  ['ORIENTATION', 'WORK'],
  ['JOB_SEARCH_LAB', 'WORK'],
  ['COACHING', 'WORK'],
  ['WORK_EXPERIENCE', 'WORK'],
  ['SKILLS_ASSESSMENT', 'WORK'],
  ['HOUSING_INTERMEDIATION', 'HOUSING'],
  ['ADMINISTRATIVE_SUPPORT', 'ADMINISTRATIVE'],
  ['PSYCHOLOGICAL_SUPPORT', 'HEALTH'],
  ['SOCIO_CULTURAL_ACTIVITY', 'SOCIAL'],
];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]::text[]`;
/** A random element of a SQL array expression, with `r` a random() in [0, 1). */
const pick = (array: string, r: string) => `(${array})[1 + floor((${r}) * cardinality(${array}))::int]`;

/** The generation, step by step: `$1` is the scale on every statement. */
function steps(provinces: readonly string[]): [string, string][] {
  const given = sqlArray(GIVEN_NAMES);
  const family = sqlArray(FAMILY_NAMES);
  const citizenships = sqlArray(CITIZENSHIPS);
  const isco = sqlArray(ISCO_CODES);
  const provinceArray = sqlArray(provinces);
  const serviceTypes = sqlArray(SERVICE_TYPES.map(([type]) => type));
  const serviceAreas = sqlArray(SERVICE_TYPES.map(([, area]) => area));
  // People: n in 1..N; their id is md5('b' || n) so that every table derives it without a join.
  const personId = (n: string) => `md5('b' || ${n})::uuid`;
  return [
    [
      'corners',
      `CREATE SCHEMA bench;
       CREATE TABLE bench.settings AS SELECT $1::float8 AS scale, round(300000 * $1)::int AS people,
         greatest(4, round(100 * least(1, sqrt($1 * 100) / 10)))::int AS corners, current_date AS generated_on;
       -- Zipf-like weights (rank^-0.9): the largest corner holds about 15.6% of the people (46,680 of 300,000).
       CREATE TABLE bench.corner AS
         SELECT k AS idx, md5('corner' || k)::uuid AS id, md5('host' || k)::uuid AS host_id,
                (${provinceArray})[1 + ((k - 1) * 7) % cardinality(${provinceArray})] AS province,
                power(k, -0.9) AS weight
           FROM bench.settings, generate_series(1, corners) k;
       ALTER TABLE bench.corner ADD COLUMN lo float8, ADD COLUMN hi float8, ADD COLUMN people int, ADD COLUMN tutors int;
       UPDATE bench.corner c SET lo = w.lo / w.total, hi = (w.lo + c.weight) / w.total
         FROM (SELECT idx, sum(weight) OVER (ORDER BY idx) - weight AS lo, sum(weight) OVER () AS total FROM bench.corner) w
        WHERE w.idx = c.idx;
       UPDATE bench.corner c SET people = x.n, tutors = greatest(1, ceil(x.n / 120.0))::int
         FROM (SELECT c2.idx, (floor(c2.hi * s.people) - floor(c2.lo * s.people))::int AS n FROM bench.corner c2, bench.settings s) x
        WHERE x.idx = c.idx;
       CREATE INDEX ON bench.corner (lo);
       CREATE TABLE bench.province AS SELECT code, i::int FROM unnest(${provinceArray}) WITH ORDINALITY p(code, i);
       INSERT INTO catalogue.organisation (id, name, type, provinces)
         SELECT host_id, 'Patronato ' || province || ' ' || idx, 'PATRONATO', ARRAY[province] FROM bench.corner;
       INSERT INTO catalogue.integra_corner (id, name, province, address, host_organisation_id)
         SELECT id, 'Integra Corner ' || province || ' ' || idx, province, 'Via Roma ' || idx || ', ' || province, host_id FROM bench.corner;`,
    ],
    [
      'organisations, programmes, services',
      `INSERT INTO catalogue.organisation (id, name, type, provinces)
         SELECT md5('provider' || k)::uuid, 'Ente di formazione ' || k, CASE WHEN k % 3 = 0 THEN 'NGO' ELSE 'TRAINING_PROVIDER' END,
                ARRAY[(${provinceArray})[1 + k % cardinality(${provinceArray})]]
           FROM generate_series(1, 300) k;
       INSERT INTO catalogue.organisation (id, name, type, provinces)
         SELECT md5('employer' || k)::uuid, 'Impresa ' || k, 'EMPLOYER', ARRAY[(${provinceArray})[1 + k % cardinality(${provinceArray})]]
           FROM generate_series(1, greatest(20, round(2000 * $1)::int)) k;
       INSERT INTO catalogue.organisation (id, name, type, provinces)
         SELECT md5('agency' || k)::uuid, 'Agenzia per la casa ' || k, 'HOUSING_AGENCY', ARRAY[(${provinceArray})[1 + k % cardinality(${provinceArray})]]
           FROM generate_series(1, greatest(10, round(500 * $1)::int)) k;
       INSERT INTO catalogue.programme (id, code, name, funding_source, managing_authority, starts_on, ends_on)
         SELECT md5('programme' || k)::uuid, (ARRAY['SHUBH','IMPACT','PRIMA','PUOI','PIANI_LINGUA','FSE_PLUS'])[k],
                (ARRAY['SHUBH','IMPACT','PRIMA','PUOI','Piani Lingua','FSE+ regionale'])[k], 'FAMI 2021-2027', 'Ministero dell''Interno',
                DATE '2024-01-01', DATE '2027-12-31'
           FROM generate_series(1, 6) k;
       -- 12 services per province: the 10 kinds, two of them twice; national ones too.
       INSERT INTO catalogue.service (id, name, description, programme_id, provider_id, area, type, provinces, languages, capacity,
                                      publication_status, published_at, capacity_kind, eligible_protection_statuses,
                                      max_months_since_reception_exit, min_age, min_italian_level)
         SELECT md5('service' || p.i || '-' || k)::uuid,
                initcap(replace((${serviceTypes})[1 + k % 10], '_', ' ')) || ' ' || p.code || ' ' || k,
                'Servizio ' || lower(replace((${serviceTypes})[1 + k % 10], '_', ' ')) || ' per titolari di protezione internazionale',
                md5('programme' || (1 + k % 6))::uuid, md5('provider' || (1 + (p.i * 3 + k) % 300))::uuid,
                (${serviceAreas})[1 + k % 10], (${serviceTypes})[1 + k % 10],
                CASE WHEN k = 11 THEN ${provinceArray} ELSE ARRAY[p.code] END, ARRAY['it', 'en'],
                CASE WHEN k % 4 = 0 THEN NULL ELSE 10000 END,
                CASE WHEN k = 7 THEN 'DRAFT' ELSE 'PUBLISHED' END, CASE WHEN k = 7 THEN NULL ELSE now() - interval '300 days' END,
                CASE WHEN k % 2 = 0 THEN 'CONCURRENT' ELSE 'COHORT' END,
                CASE WHEN k = 5 THEN ARRAY['REFUGEE'] ELSE '{}'::text[] END,
                CASE WHEN k % 3 = 0 THEN 18 ELSE NULL END, CASE WHEN k = 4 THEN 18 ELSE NULL END,
                CASE WHEN k = 4 THEN 'A2' ELSE NULL END
           FROM unnest(${provinceArray}) WITH ORDINALITY p(code, i), generate_series(0, 11) k
          WHERE k <> 11 OR p.i = 1;`,
    ],
    [
      'beneficiaries',
      `SELECT setseed(0.15);
       INSERT INTO beneficiaries.beneficiary (id, given_name, family_name, birth_date, citizenship, protection_status, reception_type,
              reception_exit_date, province, integra_corner_id, case_status, enrolled_on, created_at, updated_at, tutor_user_id,
              closed_on, outcome, sex)
         SELECT ${personId('p.n')}, ${pick(given, 'p.r1')}, ${pick(family, 'p.r2')},
                DATE '1966-01-01' + floor(p.r3 * 14600)::int, ${pick(citizenships, 'p.r4')},
                CASE WHEN p.r5 < 0.55 THEN 'REFUGEE' ELSE 'SUBSIDIARY_PROTECTION' END,
                (ARRAY['SAI','SAI','CAS','CAS','FIRST_RECEPTION','OTHER'])[1 + floor(p.r6 * 6)::int],
                p.exit_on,
                CASE WHEN p.r7 < 0.1 THEN (${provinceArray})[1 + floor(p.r8 * cardinality(${provinceArray}))::int] ELSE c.province END,
                c.id, p.status,
                CASE WHEN p.status = 'REFERRED' THEN NULL ELSE p.enrolled_on END,
                (p.enrolled_on - 7)::timestamptz, (p.enrolled_on - 7)::timestamptz,
                CASE WHEN p.status = 'REFERRED' THEN NULL ELSE md5('tutor' || c.idx || '-' || (p.n % c.tutors))::uuid END,
                CASE WHEN p.status = 'CLOSED' THEN least(current_date, p.enrolled_on + 200) END,
                CASE WHEN p.status = 'CLOSED' THEN (ARRAY['AUTONOMY_REACHED','PARTIAL','DROPPED_OUT','TRANSFERRED'])[1 + floor(p.r9 * 4)::int] END,
                CASE WHEN p.r9 < 0.68 THEN 'MALE' WHEN p.r9 < 0.98 THEN 'FEMALE' ELSE 'UNSPECIFIED' END
           FROM (SELECT n, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8,
                        random() r9, random() rc, s.exit_on, least(current_date - 21, s.exit_on + 10 + floor(random() * 60)::int) AS enrolled_on,
                        CASE WHEN s.rs < 0.10 THEN 'REFERRED' WHEN s.rs < 0.20 THEN 'ENROLLED' WHEN s.rs < 0.35 THEN 'ASSESSED'
                             WHEN s.rs < 0.55 THEN 'PLAN_AGREED' WHEN s.rs < 0.90 THEN 'IN_PROGRESS' ELSE 'CLOSED' END AS status
                   FROM (SELECT n, random() rs, current_date - 20 - floor(random() * 620)::int AS exit_on
                           FROM bench.settings, generate_series(1, people) n OFFSET 0) s OFFSET 0) p
           CROSS JOIN LATERAL (SELECT * FROM bench.corner c WHERE c.lo <= p.rc ORDER BY c.lo DESC LIMIT 1) c;
       CREATE TABLE bench.tutor AS
         SELECT DISTINCT b.integra_corner_id AS corner_id, b.tutor_user_id AS user_id, count(*) OVER (PARTITION BY b.tutor_user_id) AS cases
           FROM beneficiaries.beneficiary b WHERE b.tutor_user_id IS NOT NULL;`,
    ],
    [
      'intake referrals, status changes',
      `SELECT setseed(0.25);
       INSERT INTO beneficiaries.intake_referral (source, integra_corner_id, referred_on, given_name, family_name, birth_date, citizenship,
              protection_status, reception_type, reception_exit_date, province, status, converted_beneficiary_id, created_by)
         SELECT (ARRAY['RECEPTION_MANAGING_BODY','OUTREACH','SELF','OTHER'])[1 + floor(random() * 4)::int], b.integra_corner_id,
                (b.created_at AT TIME ZONE 'Europe/Rome')::date - 5, b.given_name, b.family_name, b.birth_date, b.citizenship,
                b.protection_status, b.reception_type, b.reception_exit_date, b.province, 'CONVERTED', b.id, 'bench'
           FROM beneficiaries.beneficiary b;
       -- People reached but not (yet) converted: 1 in 10.
       INSERT INTO beneficiaries.intake_referral (source, integra_corner_id, referred_on, given_name, family_name, birth_date, citizenship,
              protection_status, reception_type, reception_exit_date, province, status, created_by)
         SELECT 'OUTREACH', b.integra_corner_id, current_date - floor(random() * 300)::int, b.given_name, b.family_name, b.birth_date,
                b.citizenship, b.protection_status, b.reception_type, b.reception_exit_date, b.province,
                CASE WHEN random() < 0.7 THEN 'OPEN' ELSE 'UNREACHABLE' END, 'bench'
           FROM beneficiaries.beneficiary b WHERE random() < 0.1;
       INSERT INTO beneficiaries.case_status_change (beneficiary_id, from_status, to_status, outcome, changed_at, changed_by)
         SELECT b.id, NULL, 'REFERRED', NULL, b.created_at, 'bench' FROM beneficiaries.beneficiary b;
       INSERT INTO beneficiaries.case_status_change (beneficiary_id, from_status, to_status, outcome, changed_at, changed_by)
         SELECT b.id, 'REFERRED', 'ENROLLED', NULL, b.enrolled_on::timestamptz, 'bench' FROM beneficiaries.beneficiary b WHERE b.enrolled_on IS NOT NULL;
       INSERT INTO beneficiaries.case_status_change (beneficiary_id, from_status, to_status, outcome, changed_at, changed_by)
         SELECT b.id, 'ENROLLED', b.case_status, b.outcome, (b.enrolled_on + 30)::timestamptz, 'bench'
           FROM beneficiaries.beneficiary b WHERE b.case_status NOT IN ('REFERRED', 'ENROLLED');`,
    ],
    [
      'consents',
      `SELECT setseed(0.35);
       INSERT INTO beneficiaries.consent (beneficiary_id, purpose, granted_at, granted_by)
         SELECT b.id, 'CASE_MANAGEMENT', b.created_at, 'bench' FROM beneficiaries.beneficiary b;
       INSERT INTO beneficiaries.consent (beneficiary_id, purpose, organisation_id, granted_at, granted_by, withdrawn_at, withdrawn_by)
         SELECT x.id, x.purpose, x.org, x.created_at, 'bench',
                CASE WHEN x.w < 0.05 THEN x.created_at + interval '40 days' END, CASE WHEN x.w < 0.05 THEN 'bench' END
           FROM (SELECT b.id, b.created_at, random() AS w,
                        CASE WHEN q.k = 1 THEN 'LABOUR_MATCHING' WHEN q.k = 2 THEN 'HOUSING_SUPPORT' ELSE 'SHARE_WITH_ORGANISATION' END AS purpose,
                        CASE WHEN q.k = 3 THEN md5('provider' || (1 + (hashtext(b.id::text) & 2147483647) % 300))::uuid END AS org,
                        q.k, random() AS r
                   FROM beneficiaries.beneficiary b CROSS JOIN generate_series(1, 3) q(k) OFFSET 0) x
          WHERE (x.k = 1 AND x.r < 0.45) OR (x.k = 2 AND x.r < 0.30) OR (x.k = 3 AND x.r < 0.40);`,
    ],
    [
      'assessment: permits, Italian levels',
      `SELECT setseed(0.45);
       INSERT INTO beneficiaries.administrative_procedure (beneficiary_id, kind, status, due_on, permit_expires_on, updated_by)
         SELECT b.id, 'PERMIT_RENEWAL', CASE WHEN random() < 0.2 THEN 'IN_PROGRESS' ELSE 'TO_DO' END, NULL,
                current_date - 30 + floor(random() * 700)::int, 'bench'
           FROM beneficiaries.beneficiary b WHERE b.case_status <> 'REFERRED' AND random() < 0.6;
       INSERT INTO beneficiaries.language_assessment (beneficiary_id, language, level, assessed_on, recorded_by)
         SELECT b.id, 'it', (ARRAY['A1','A1','A2','A2','B1','B2'])[1 + floor(random() * 6)::int], b.enrolled_on + 5, 'bench'
           FROM beneficiaries.beneficiary b WHERE b.case_status NOT IN ('REFERRED', 'ENROLLED');`,
    ],
    [
      'plans, goals, actions',
      `SELECT setseed(0.55);
       INSERT INTO beneficiaries.action_plan (id, beneficiary_id, cadence_days, created_on, last_follow_up_on, created_by)
         SELECT md5('plan' || b.id)::uuid, b.id, 30, b.enrolled_on + 20,
                -- most follow-ups are on time; one in eight is overdue by up to two months, none in the second
                -- largest corner (the attention list of a corner with nothing overdue)
                CASE WHEN random() < 0.125 AND b.integra_corner_id <> md5('corner2')::uuid THEN greatest(b.enrolled_on + 20, current_date - 31 - floor(random() * 60)::int)
                     ELSE greatest(b.enrolled_on + 20, current_date - floor(random() * 29)::int) END, 'bench'
           FROM beneficiaries.beneficiary b WHERE b.case_status NOT IN ('REFERRED', 'ENROLLED');
       INSERT INTO beneficiaries.action_plan_version (id, plan_id, beneficiary_id, version, cadence_days, created_at, created_by,
              agreed_by_beneficiary_at, agreed_by_beneficiary_by, agreed_by_tutor_at, agreed_by_tutor_by)
         SELECT md5('version' || p.id)::uuid, p.id, p.beneficiary_id, 1, 30, p.created_on::timestamptz, 'bench',
                CASE WHEN b.case_status <> 'ASSESSED' THEN (p.created_on + 10)::timestamptz END, CASE WHEN b.case_status <> 'ASSESSED' THEN 'bench' END,
                CASE WHEN b.case_status <> 'ASSESSED' THEN (p.created_on + 10)::timestamptz END, CASE WHEN b.case_status <> 'ASSESSED' THEN 'bench' END
           FROM beneficiaries.action_plan p JOIN beneficiaries.beneficiary b ON b.id = p.beneficiary_id;
       INSERT INTO beneficiaries.plan_goal (version_id, id, plan_id, position, area, description, target_date)
         SELECT md5('version' || p.id)::uuid, md5('goal' || p.id || g)::uuid, p.id, g, CASE g WHEN 0 THEN 'WORK' ELSE 'HOUSING' END,
                CASE g WHEN 0 THEN 'Trovare un lavoro stabile' ELSE 'Trovare una casa in affitto' END, p.created_on + 300
           FROM beneficiaries.action_plan p CROSS JOIN generate_series(0, 1) g;
       INSERT INTO beneficiaries.plan_action (version_id, id, goal_id, plan_id, beneficiary_id, version, position, service_id,
              provider_organisation_id, description, planned_start, planned_end, status)
         SELECT md5('version' || p.id)::uuid, md5('action' || p.id || g)::uuid, md5('goal' || p.id || g)::uuid, p.id, p.beneficiary_id, 1, 0,
                s.id, s.provider_id, CASE g WHEN 0 THEN 'Corso e tirocinio' ELSE 'Intermediazione abitativa' END,
                p.created_on + 15, p.created_on + 200,
                CASE WHEN b.case_status IN ('IN_PROGRESS', 'CLOSED') AND g = 0 THEN 'IN_PROGRESS' ELSE 'PLANNED' END
           FROM beneficiaries.action_plan p CROSS JOIN generate_series(0, 1) g
           JOIN beneficiaries.beneficiary b ON b.id = p.beneficiary_id
           JOIN bench.province pr ON pr.code = b.province
           LEFT JOIN catalogue.service s ON s.id = md5('service' || pr.i || '-' || CASE g WHEN 0 THEN 3 ELSE 6 END)::uuid;`,
    ],
    [
      'follow-ups, critical issues',
      `SELECT setseed(0.65);
       INSERT INTO beneficiaries.follow_up (id, beneficiary_id, plan_id, plan_version, held_on, recorded_by)
         SELECT md5('follow-up' || p.id || k)::uuid, p.beneficiary_id, p.id, 1, p.last_follow_up_on - 30 * k, 'bench'
           FROM beneficiaries.action_plan p CROSS JOIN generate_series(0, 2) k
          WHERE p.last_follow_up_on - 30 * k >= p.created_on;
       INSERT INTO beneficiaries.critical_issue (follow_up_id, beneficiary_id, severity, description, raised_on, resolved_at, resolved_by, resolution)
         SELECT f.id, f.beneficiary_id, (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + floor(random() * 4)::int],
                'Difficolta segnalata al colloquio', f.held_on,
                CASE WHEN f.open THEN NULL ELSE (f.held_on + 20)::timestamptz END, CASE WHEN f.open THEN NULL ELSE 'bench' END,
                CASE WHEN f.open THEN NULL ELSE 'Risolta con il servizio sociale' END
           FROM (SELECT f.*, random() < 0.33 AS open, random() AS r FROM beneficiaries.follow_up f OFFSET 0) f
          WHERE f.r < 0.12;`,
    ],
    [
      'referrals and service enrolments (3,000,000 at scale 1)',
      `SELECT setseed(0.75);
       -- Two referrals per enrolled person, each to a different service of their province (unique while open).
       INSERT INTO catalogue.referral (id, beneficiary_id, service_id, from_corner_id, to_organisation_id, status, sent_at, sent_by, response_due_on, holds_place)
         SELECT md5('referral' || b.id || k)::uuid, b.id, s.id, b.integra_corner_id, s.provider_id,
                x.status, (b.enrolled_on + 25 + 40 * k)::timestamptz, 'bench', b.enrolled_on + 55 + 40 * k, x.status = 'ACCEPTED'
           FROM beneficiaries.beneficiary b
           CROSS JOIN generate_series(0, 1) k
           CROSS JOIN LATERAL (SELECT CASE WHEN r < 0.55 THEN 'COMPLETED' WHEN r < 0.65 THEN 'REJECTED' WHEN r < 0.75 THEN 'ACCEPTED'
                                           WHEN r < 0.85 THEN 'SENT' WHEN r < 0.9 THEN 'RECEIVED' ELSE 'CANCELLED' END AS status
                                 FROM (SELECT random() + 0 * k AS r OFFSET 0) q) x
           JOIN bench.province pr ON pr.code = b.province
           JOIN catalogue.service s ON s.id = md5('service' || pr.i || '-' || (k * 5 + 1))::uuid
          WHERE b.enrolled_on IS NOT NULL;
       INSERT INTO catalogue.referral_transition (referral_id, from_status, to_status, at, by_user, outcome)
         SELECT r.id, 'ACCEPTED', 'COMPLETED', r.sent_at + interval '60 days', 'bench', 'Percorso concluso'
           FROM catalogue.referral r WHERE r.status = 'COMPLETED';
       -- Nine or ten service enrolments per enrolled person: courses, labs and activities of the network (the service history).
       INSERT INTO catalogue.service_enrollment (beneficiary_id, service_id, status, started_on, ended_on, outcome, recorded_by)
         SELECT b.id, md5('service' || (1 + ((hashtext(b.id::text) & 2147483647) + k) % ${provinces.length}) || '-' || CASE WHEN k % 10 = 7 THEN 10 ELSE k % 10 END)::uuid,
                CASE WHEN x.r < 0.6 THEN 'COMPLETED' WHEN x.r < 0.7 THEN 'DROPPED_OUT' WHEN x.r < 0.85 THEN 'IN_PROGRESS' ELSE 'ENROLLED' END,
                b.enrolled_on + 3 * k,
                CASE WHEN x.r < 0.7 THEN b.enrolled_on + 3 * k + 30 END,
                CASE WHEN x.r < 0.6 THEN 'Completato' END, 'bench'
           FROM beneficiaries.beneficiary b CROSS JOIN generate_series(0, 9) k CROSS JOIN LATERAL (SELECT random() + 0 * k AS r OFFSET 0) x
          WHERE b.enrolled_on IS NOT NULL AND (k < 9 OR random() < 0.11);`,
    ],
    [
      'labour: profiles, 20,000 vacancies, candidacies, employments',
      `SELECT setseed(0.85);
       INSERT INTO labour.labour_profile (beneficiary_id, employment_status, registered_with_employment_centre_on, desired_isco_codes,
              work_experience_years, updated_at, immediate_availability_declared_on, hours_per_week, shifts, available_from,
              reachable_provinces, driving_licences, own_vehicle, updated_by)
         SELECT b.id, 'UNEMPLOYED', b.enrolled_on + 10,
                ARRAY[${pick(isco, 'random()')}, ${pick(isco, 'random()')}], floor(random() * 10)::int, b.enrolled_on::timestamptz,
                b.enrolled_on + 10, (ARRAY[20, 30, 36, 40])[1 + floor(random() * 4)::int],
                CASE floor(random() * 4)::int WHEN 0 THEN ARRAY['MORNING','AFTERNOON'] WHEN 1 THEN ARRAY['MORNING']
                     WHEN 2 THEN ARRAY['AFTERNOON','NIGHT'] ELSE ARRAY['MORNING','AFTERNOON','WEEKEND'] END,
                b.enrolled_on + 10, ARRAY[b.province], CASE WHEN random() < 0.3 THEN ARRAY['B'] ELSE '{}'::text[] END, random() < 0.1, 'bench'
           FROM beneficiaries.beneficiary b WHERE b.enrolled_on IS NOT NULL AND random() < 0.667;
       INSERT INTO labour.job_vacancy (id, title, description, employer_id, province, municipality, isco_code, contract_type, openings,
              status, published_on, closes_on, weekly_hours, shifts, driving_licence_required, created_by)
         SELECT md5('vacancy' || k)::uuid, 'Posizione ' || k, 'Offerta di lavoro per personale ' || k,
                md5('employer' || (1 + k % greatest(20, round(2000 * $1)::int)))::uuid,
                c.province, 'Comune ' || c.province, ${pick(isco, 'random()')},
                (ARRAY['PERMANENT','FIXED_TERM','APPRENTICESHIP','SEASONAL'])[1 + floor(random() * 4)::int], 1 + floor(random() * 3)::int,
                'OPEN', current_date - floor(random() * 90)::int, current_date + 30 + floor(random() * 90)::int,
                (ARRAY[20, 30, 36, 40])[1 + floor(random() * 4)::int], ARRAY['MORNING'], CASE WHEN random() < 0.2 THEN 'B' END, 'bench'
           FROM (SELECT k, random() AS rc FROM generate_series(1, greatest(40, round(20000 * $1)::int)) k OFFSET 0) g
           CROSS JOIN LATERAL (SELECT * FROM bench.corner c WHERE c.lo <= g.rc ORDER BY c.lo DESC LIMIT 1) c;
       INSERT INTO labour.candidacy (id, vacancy_id, beneficiary_id, cv_name, status, agreed_on, proposed_by, proposed_at)
         SELECT md5('candidacy' || p.beneficiary_id)::uuid, md5('vacancy' || (1 + (hashtext(p.beneficiary_id::text) & 2147483647) % greatest(40, round(20000 * $1)::int)))::uuid,
                p.beneficiary_id, 'Candidato', CASE WHEN p.r < 0.25 THEN 'HIRED' WHEN p.r < 0.5 THEN 'SENT' WHEN p.r < 0.7 THEN 'PROPOSED' ELSE 'REJECTED' END,
                CASE WHEN p.r < 0.5 THEN (p.updated_at AT TIME ZONE 'Europe/Rome')::date + 20 END, 'bench', p.updated_at + interval '15 days'
           FROM (SELECT p.*, random() AS r, random() AS pick FROM labour.labour_profile p OFFSET 0) p WHERE p.pick < 0.3;
       INSERT INTO labour.employment (id, candidacy_id, beneficiary_id, vacancy_id, employer_id, contract_type, started_on, weekly_hours)
         SELECT md5('employment' || c.id)::uuid, c.id, c.beneficiary_id, c.vacancy_id, v.employer_id, v.contract_type, c.agreed_on + 20, coalesce(v.weekly_hours, 36)
           FROM labour.candidacy c JOIN labour.job_vacancy v ON v.id = c.vacancy_id WHERE c.status = 'HIRED';
       INSERT INTO labour.employment_status_change (beneficiary_id, from_status, to_status, changed_on, by_user, at)
         SELECT p.beneficiary_id, NULL, 'UNEMPLOYED', (p.updated_at AT TIME ZONE 'Europe/Rome')::date, 'bench', p.updated_at FROM labour.labour_profile p;
       INSERT INTO labour.employment_status_change (beneficiary_id, from_status, to_status, changed_on, employment_id, by_user, at)
         SELECT e.beneficiary_id, 'UNEMPLOYED', 'EMPLOYED', e.started_on, e.id, 'bench', e.started_on::timestamptz FROM labour.employment e;
       UPDATE labour.labour_profile p SET employment_status = 'EMPLOYED' FROM labour.employment e WHERE e.beneficiary_id = p.beneficiary_id;
       UPDATE labour.job_vacancy v SET filled = least(v.openings, h.n), status = CASE WHEN h.n >= v.openings THEN 'FILLED' ELSE 'OPEN' END
         FROM (SELECT vacancy_id, count(*)::int AS n FROM labour.employment GROUP BY vacancy_id) h WHERE h.vacancy_id = v.id;`,
    ],
    [
      'housing: situations, 50,000 offers, requests, proposals, placements, guarantees',
      `SELECT setseed(0.95);
       INSERT INTO housing.housing_situation (beneficiary_id, status, municipality, since, risk, rent_income_cents, areas_wanted,
              needs_accessible, earliest_move_in, updated_at, recorded_by)
         SELECT b.id, (ARRAY['HOMELESS','EMERGENCY_SHELTER','HOSTED_BY_FRIENDS','HOSTED_BY_FRIENDS','TRANSITIONAL_HOUSING'])[1 + floor(random() * 5)::int],
                'Comune ' || b.province, b.enrolled_on, (ARRAY['NONE','AT_RISK','IMMINENT'])[1 + floor(random() * 3)::int],
                50000 + floor(random() * 150000)::int, ARRAY['Comune ' || b.province], random() < 0.05, current_date + floor(random() * 60)::int,
                b.enrolled_on::timestamptz, 'bench'
           FROM beneficiaries.beneficiary b WHERE b.enrolled_on IS NOT NULL AND random() < 0.556;
       INSERT INTO housing.housing_situation_history (beneficiary_id, status, municipality, since, risk, recorded_at, recorded_by)
         SELECT s.beneficiary_id, s.status, s.municipality, s.since, s.risk, s.updated_at, 'bench' FROM housing.housing_situation s;
       INSERT INTO housing.housing_offer (id, title, provider_id, kind, province, municipality, bedrooms, monthly_rent_cents, available_from,
              deposit_cents, charges_cents, places, accessible, furnished, minimum_stay_months)
         SELECT md5('offer' || x.k)::uuid, 'Alloggio ' || x.k, md5('agency' || (1 + x.k % greatest(10, round(500 * $1)::int)))::uuid, x.kind,
                c.province, 'Comune ' || c.province, CASE WHEN x.kind = 'ROOM' THEN 1 ELSE 1 + floor(random() * 3)::int END,
                25000 + floor(random() * 60000)::int, current_date - 30 + floor(random() * 120)::int,
                50000, 5000 + floor(random() * 10000)::int, CASE WHEN x.kind = 'COHOUSING' THEN 4 ELSE 1 END,
                random() < 0.1, random() < 0.5, 12
           FROM (SELECT k, random() AS rc, (ARRAY['APARTMENT','APARTMENT','ROOM','COHOUSING','SOCIAL_HOUSING','TRANSITIONAL_HOUSING'])[1 + floor(random() * 6)::int] AS kind
                   FROM generate_series(1, greatest(50, round(50000 * $1)::int)) k OFFSET 0) x
           CROSS JOIN LATERAL (SELECT * FROM bench.corner c WHERE c.lo <= x.rc ORDER BY c.lo DESC LIMIT 1) c;
       INSERT INTO housing.housing_request (id, beneficiary_id, integra_corner_id, province, household_size, minors, status, opened_by, opened_at)
         SELECT md5('request' || s.beneficiary_id)::uuid, s.beneficiary_id, b.integra_corner_id, b.province, 1 + floor(random() * 4)::int, 0,
                CASE WHEN random() < 0.8 THEN 'OPEN' ELSE 'CLOSED' END, 'bench', s.updated_at + interval '5 days'
           FROM housing.housing_situation s JOIN beneficiaries.beneficiary b ON b.id = s.beneficiary_id WHERE random() < 0.4;
       INSERT INTO housing.housing_proposal (id, request_id, offer_id, beneficiary_id, provider_id, status, contract_type, starts_on, rent_cents, proposed_by, proposed_at)
         SELECT md5('proposal' || r.id)::uuid, r.id, o.id, r.beneficiary_id, o.provider_id, x.status,
                CASE WHEN x.status = 'PLACED' THEN 'FOUR_PLUS_FOUR' END, CASE WHEN x.status = 'PLACED' THEN (r.opened_at AT TIME ZONE 'Europe/Rome')::date + 30 END,
                CASE WHEN x.status = 'PLACED' THEN o.monthly_rent_cents END, 'bench', r.opened_at + interval '3 days'
           FROM (SELECT r.*, random() AS q FROM housing.housing_request r OFFSET 0) r
           CROSS JOIN LATERAL (SELECT CASE WHEN r.q < 0.3 THEN 'PLACED' WHEN r.q < 0.5 THEN 'PROPOSED' WHEN r.q < 0.6 THEN 'VIEWING' ELSE 'DECLINED' END AS status) x
           JOIN housing.housing_offer o ON o.id = md5('offer' || (1 + (hashtext(r.id::text) & 2147483647) % greatest(50, round(50000 * $1)::int)))::uuid
          WHERE random() < 0.6;
       UPDATE housing.housing_offer o SET places_taken = least(o.places, t.n), status = CASE WHEN t.n >= o.places THEN 'TAKEN' ELSE o.status END
         FROM (SELECT offer_id, count(*)::int AS n FROM housing.housing_proposal WHERE status = 'PLACED' GROUP BY offer_id) t WHERE t.offer_id = o.id;
       UPDATE housing.housing_situation s SET status = 'OWN_RENT', since = p.starts_on, updated_at = p.starts_on::timestamptz
         FROM housing.housing_proposal p WHERE p.beneficiary_id = s.beneficiary_id AND p.status = 'PLACED';
       INSERT INTO housing.housing_situation_history (beneficiary_id, status, municipality, since, risk, recorded_at, recorded_by)
         SELECT p.beneficiary_id, 'OWN_RENT', s.municipality, p.starts_on, 'NONE', p.starts_on::timestamptz, 'bench'
           FROM housing.housing_proposal p JOIN housing.housing_situation s ON s.beneficiary_id = p.beneficiary_id WHERE p.status = 'PLACED';
       INSERT INTO housing.rent_guarantee (beneficiary_id, placement_id, kind, province, amount_cents, months, starts_on, ends_on, activated_by)
         SELECT p.beneficiary_id, p.id, 'GUARANTEE', r.province, 150000, 12, p.starts_on, p.starts_on + 365, 'bench'
           FROM housing.housing_proposal p JOIN housing.housing_request r ON r.id = p.request_id
          WHERE p.status = 'PLACED' AND random() < 0.4;
       UPDATE housing.housing_situation s SET rent_guarantee_active = true FROM housing.rent_guarantee g WHERE g.beneficiary_id = s.beneficiary_id;`,
    ],
    [
      'reporting periods, targets',
      `INSERT INTO beneficiaries.reporting_period (kind, starts_on, ends_on, created_by)
         SELECT 'QUARTER', q, (q + interval '3 months' - interval '1 day')::date, 'bench'
           FROM generate_series(date_trunc('quarter', current_date - 365)::date, current_date, interval '3 months') q;
       INSERT INTO beneficiaries.reporting_period (kind, starts_on, ends_on, created_by)
         VALUES ('PROJECT', DATE '2024-01-01', DATE '2027-12-31', 'bench');
       INSERT INTO beneficiaries.result_target (indicator, province, value, updated_by)
         SELECT 'AUTONOMY_OUTCOME', province, greatest(1, round(295 * people / (SELECT people FROM bench.settings)))::int, 'bench'
           FROM (SELECT province, sum(people) AS people FROM bench.corner GROUP BY province) p;`,
    ],
  ];
}

export async function generateNational(options: GenerateOptions): Promise<GeneratedDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!/^[a-z_][a-z0-9_]*$/.test(options.database)) throw new Error(`--database must be a plain lower-case name, got ${options.database}`);
  if (!(options.scale > 0 && options.scale <= 1)) throw new Error(`--scale must be in (0, 1], got ${options.scale}`);
  const started = performance.now();
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${options.database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(options.serverUrl);
  url.pathname = `/${options.database}`;
  const databaseUrl = url.toString();

  const logger = createLogger('bench-generate', 'warn');
  for (const subgraph of allSubgraphs) {
    const dataSource = await openSubgraphDatabase(subgraph, { databaseUrl, databasePoolSize: 2 }, logger);
    await dataSource.destroy();
  }
  log(`migrations applied: ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `SET synchronous_commit = off; SET statement_timeout = 0; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'`,
    );
    const provinces = [...PROVINCE_CODES].sort();
    for (const [name, sql] of steps(provinces)) {
      const stepStarted = performance.now();
      // Multi-statement text cannot take parameters: the scale is inlined as a number.
      await client.query(sql.replaceAll('$1', `${Number(options.scale)}::float8`));
      log(`${name}: ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`);
    }
    const analyseStarted = performance.now();
    await client.query('VACUUM ANALYZE');
    log(`vacuum analyze: ${((performance.now() - analyseStarted) / 1000).toFixed(1)} s`);
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = rows[0]!.n;
    }
    const seconds = (performance.now() - started) / 1000;
    return { url: databaseUrl, seconds, counts };
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, database: { type: 'string', default: 'shubh_national' } },
  });
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const result = await generateNational({ serverUrl, database: values.database, scale: Number(values.scale) });
  console.log(`\ngenerated ${result.url.replace(/:[^:@/]*@/, ':***@')} at scale ${values.scale} in ${result.seconds.toFixed(0)} s`);
  for (const [table, count] of Object.entries(result.counts)) console.log(`  ${table.padEnd(40)} ${count.toLocaleString('en')}`);
}
