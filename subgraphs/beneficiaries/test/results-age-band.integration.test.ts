/**
 * The results report groups services delivered by age band in SQL (`ageBandSql`) and everything else by the band
 * the same statement gives: it must be `ageBandOn`'s band, on every birthday edge, or a service would land in
 * another band than its person.
 */
import { addDays } from '@shubh/platform';
import { testDatabaseUrl } from '@shubh/platform/testing';
import pg from 'pg';
import { ageBandOn, ageBandSql } from '../src/beneficiary/age-band.js';

it("gives in SQL the age band ageBandOn gives, on each band's edges, leap days included", async () => {
  const days = ['2026-03-31', '2026-02-28', '2028-02-29', '2027-03-01', '2026-12-31', '2027-01-01'];
  const pairs: [string, string][] = [];
  for (const day of days) {
    for (const years of [17, 18, 29, 30, 54, 55]) {
      const anniversary = `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
      const base =
        anniversary.endsWith('02-29') && Number(anniversary.slice(0, 4)) % 4 !== 0 ? `${anniversary.slice(0, 4)}-02-28` : anniversary;
      for (const offset of [-1, 0, 1]) pairs.push([addDays(base, offset), day]);
    }
  }
  pairs.push(['2000-02-29', '2018-02-28'], ['2000-02-29', '2018-03-01'], ['1972-02-29', '2027-02-28'], ['1972-02-29', '2027-03-01']);
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ band: string }>(
      `SELECT ${ageBandSql('p.birth', 'p.day')} AS band
         FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS p(birth, day, n) ORDER BY p.n`,
      [pairs.map(([birth]) => birth), pairs.map(([, day]) => day)],
    );
    expect(rows.map((row) => row.band)).toEqual(pairs.map(([birth, day]) => ageBandOn(birth, day)));
  } finally {
    await client.end();
  }
});
