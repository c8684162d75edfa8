/**
 * The results report counts the people eligible on the day their case was opened in SQL (`eligibleOnSql`): it must
 * find eligible exactly whom `eligibleOn` (the rule the case screens show) finds eligible, on the window's edges,
 * month ends and leap days included, and never for a status without international protection.
 */
import { addDays, addMonths } from '@shubh/platform';
import { testDatabaseUrl } from '@shubh/platform/testing';
import pg from 'pg';
import { eligibleOn, eligibleOnSql } from '../src/eligibility/eligibility.js';

it('finds in SQL eligible whom eligibleOn finds eligible, on the 18-month edges, month ends and leap days included', async () => {
  const exits = ['2025-01-10', '2024-08-31', '2022-08-31', '2025-01-31', '2024-02-29', '2025-12-15', '2023-09-30'];
  const cases: { status: string; exit: string; day: string }[] = [];
  for (const exit of exits) {
    const closes = addMonths(exit, 18);
    for (const day of [addDays(exit, -1), exit, addDays(exit, 1), addDays(closes, -1), closes, addDays(closes, 1)]) {
      for (const status of ['REFUGEE', 'SUBSIDIARY_PROTECTION', 'HUMANITARIAN', 'ASYLUM_SEEKER']) cases.push({ status, exit, day });
    }
  }
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ eligible: boolean }>(
      `SELECT ${eligibleOnSql('p.status', 'p.exit', 'p.day')} AS eligible
         FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS p(status, exit, day, n) ORDER BY p.n`,
      [cases.map((entry) => entry.status), cases.map((entry) => entry.exit), cases.map((entry) => entry.day)],
    );
    const expected = cases.map((entry) => eligibleOn({ protectionStatus: entry.status, receptionExitDate: entry.exit }, entry.day));
    expect(rows.map((row) => row.eligible)).toEqual(expected);
    // Each exit: its own day, the day after and the last day of the window, for the two protection statuses.
    expect(expected.filter(Boolean).length).toBe(exits.length * 3 * 2);
  } finally {
    await client.end();
  }
});
