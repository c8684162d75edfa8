/**
 * The national-scale generator (`npm run bench:generate`) at a hundredth of the scale, and the indexes the
 * national paths need (migration 1768600000000). PostgreSQL only: the generator makes a database of its own.
 *
 * EXPLAIN on 3,000 people: on tables this small the planner rightly prefers a sequential scan, so each plan is
 * taken with `enable_seqscan = off`. That prices sequential scans out without forbidding them: a `Seq Scan` left
 * in the plan means no index can serve the path, which is what holds at 300,000 people (`bench/README.md`).
 */
import pg from 'pg';
import { generateNational, type GeneratedDatabase } from '../bench/generate-national.js';
import { GRAIN_FIGURES_SQL } from '../subgraphs/beneficiaries/src/results/grain-figures.js';
import { CANDIDATES_SQL, LOOKING_FOR_WORK } from '../subgraphs/labour/src/matching/match-factors.js';

const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres('the national-scale data set at scale 0.01', () => {
  const database = `shubh_national_test_${process.pid}`;
  let generated: GeneratedDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    generated = await generateNational({ serverUrl: process.env.DATABASE_URL!, database, scale: 0.01, log: () => {} });
    client = new pg.Client({ connectionString: generated.url });
    await client.connect();
  }, 600_000);

  afterAll(async () => {
    await client?.end();
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  const plan = async (text: string, values: unknown[]) => {
    await client.query('SET enable_seqscan = off');
    try {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${text}`, values);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await client.query('RESET enable_seqscan');
    }
  };
  const someone = async () =>
    (
      await client.query<{ id: string; corner: string; province: string }>(
        `SELECT b.id, b.integra_corner_id AS corner, b.province FROM beneficiaries.beneficiary b
          JOIN bench.corner c ON c.id = b.integra_corner_id WHERE c.idx = 1 ORDER BY b.id LIMIT 1`,
      )
    ).rows[0]!;

  it('holds the national counts divided by a hundred, people in (nearly) every province, skewed corners', async () => {
    const { counts } = generated;
    expect(counts['beneficiaries.beneficiary']).toBe(3000);
    expect(counts['beneficiaries.consent']).toBeGreaterThan(6000);
    expect(counts['beneficiaries.consent']).toBeLessThan(7000);
    const serviceRecords = counts['catalogue.referral']! + counts['catalogue.service_enrollment']!;
    expect(serviceRecords).toBeGreaterThan(27_000);
    expect(serviceRecords).toBeLessThan(33_000);
    expect(counts['labour.job_vacancy']).toBe(200);
    expect(counts['housing.housing_offer']).toBe(500);
    expect(counts['beneficiaries.action_plan']).toBeGreaterThan(2000);
    expect(counts['beneficiaries.follow_up']).toBeGreaterThan(counts['beneficiaries.action_plan']!);
    const { rows } = await client.query<{ provinces: number; largest: number; smallest: number }>(
      `SELECT (SELECT count(DISTINCT province)::int FROM beneficiaries.beneficiary) AS provinces,
              max(n)::int AS largest, min(n)::int AS smallest
         FROM (SELECT count(*) AS n FROM beneficiaries.beneficiary GROUP BY integra_corner_id) c`,
    );
    expect(rows[0]!.provinces).toBeGreaterThanOrEqual(90);
    expect(rows[0]!.largest).toBeGreaterThan(5 * rows[0]!.smallest);
  });

  it("answers the services' own statements: the results facts of a province, the candidates for a vacancy", async () => {
    const person = await someone();
    const grains = await client.query<Record<string, number>>(GRAIN_FIGURES_SQL, ['2024-01-01', '2027-12-31', null, person.province]);
    const { rows } = await client.query<{ reached: number; enrolled: number }>(
      `SELECT (SELECT count(*) FROM beneficiaries.beneficiary WHERE province = $1)
            + (SELECT count(*) FROM beneficiaries.intake_referral WHERE province = $1 AND converted_beneficiary_id IS NULL) AS reached,
              (SELECT count(*) FROM beneficiaries.beneficiary WHERE province = $1 AND enrolled_on <= '2027-12-31') AS enrolled`,
      [person.province],
    );
    // Everyone in the province is reached by the end of 2027, each counted once in one grain.
    const sum = (column: string) => grains.rows.reduce((total, row) => total + row[column]!, 0);
    expect(sum('REACHED:1')).toBe(Number(rows[0]!.reached));
    expect(sum('ENROLLED:1')).toBe(Number(rows[0]!.enrolled));
    expect(sum('ENROLLED:1')).toBeGreaterThan(0);
    const vacancy = await client.query<{ id: string }>(
      `SELECT id FROM labour.job_vacancy WHERE status = 'OPEN' AND province = $1 ORDER BY id LIMIT 1`,
      [person.province],
    );
    const candidates = await client.query(CANDIDATES_SQL, [vacancy.rows[0]!.id, true, [], 50, LOOKING_FOR_WORK]);
    expect(candidates.rowCount).toBeGreaterThan(0);
  });

  it("reads a person's intake day for the results report through an index, not a scan of every intake referral", async () => {
    const person = await someone();
    const text = await plan(GRAIN_FIGURES_SQL, ['2024-01-01', '2027-12-31', null, person.province]);
    expect(text).toContain('intake_referral_converted_idx');
    // The set-based facts read the converted referrals as `ir` (the unconverted ones, counted as reached, are a scan
    // of their own that no index serves).
    expect(text).not.toMatch(/Seq Scan on intake_referral ir\b/);
  });

  it('reads the results facts set-based: no subquery per person, each table behind the contracts scanned once', async () => {
    const person = await someone();
    for (const seqscan of ['on', 'off']) {
      await client.query(`SET enable_seqscan = ${seqscan}`);
      try {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${GRAIN_FIGURES_SQL}`, [
          '2024-01-01',
          '2027-12-31',
          null,
          person.province,
        ]);
        const text = rows.map((row) => row['QUERY PLAN']).join('\n');
        expect(text).not.toContain('SubPlan');
        const scans = (table: string) => text.match(new RegExp(`Scan (using \\w+ )?on ${table} `, 'g'))?.length ?? 0;
        // Once each; the views that read a table twice themselves (NOT EXISTS for the records before the history)
        // twice; intake referrals once for the people's intake days and once for those not converted.
        for (const table of ['service_enrollment', 'referral', 'referral_transition', 'action_plan_version', 'language_assessment']) {
          expect([table, scans(table)]).toEqual([table, 1]);
        }
        for (const table of ['employment_status_change', 'housing_situation_history', 'rent_guarantee', 'intake_referral']) {
          expect([table, scans(table)]).toEqual([table, 2]);
        }
      } finally {
        await client.query('RESET enable_seqscan');
      }
    }
  });

  it("reads a person's consents, withdrawn ones too, through an index", async () => {
    const person = await someone();
    const text = await plan('SELECT * FROM beneficiaries.consent WHERE beneficiary_id = $1 ORDER BY granted_at', [person.id]);
    expect(text).toContain('consent_beneficiary_idx');
    expect(text).not.toContain('Seq Scan');
  });

  it('reads the overdue follow-ups of a corner through indexes, with no scan of the plans or the people', async () => {
    const person = await someone();
    const text = await plan(
      `SELECT p.beneficiary_id FROM beneficiaries.action_plan p JOIN beneficiaries.beneficiary b ON b.id = p.beneficiary_id
        WHERE b.case_status <> 'CLOSED' AND b.integra_corner_id = $1 AND p.next_follow_up_due < current_date
        ORDER BY p.next_follow_up_due, p.beneficiary_id LIMIT 11`,
      [person.corner],
    );
    expect(text).not.toContain('Seq Scan');
    expect(text).toMatch(/beneficiary_corner_open_idx|beneficiary_corner_name_idx/);
  });
});
