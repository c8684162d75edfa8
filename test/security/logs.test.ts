import { createDataSource, createErrorFormatter, createLogger } from '@shubh/platform';
import { testDatabaseUrl } from '@shubh/platform/testing';
import { GraphQLError } from 'graphql';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';

/** Issue 9, finding 10: a failed SQL statement was logged with all its parameters, names and codice fiscale included. */
const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
const logger = createLogger('logs-test', 'info', capture);
let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource({ schema: 'public', url: testDatabaseUrl(), poolSize: 2, entities: [], migrations: [], logger });
  await dataSource.initialize();
});
afterAll(() => dataSource?.destroy());
beforeEach(() => lines.splice(0));

const PERSON = { name: 'Amina Diallo', codiceFiscale: 'DLLMNA90A41Z329K', health: 'diabete di tipo 1' };

function expectNoPersonalData() {
  const log = lines.join('');
  expect(log).toContain('sql statement failed');
  for (const value of Object.values(PERSON)) expect(log).not.toContain(value);
  return log;
}

describe('logs of failed SQL statements', () => {
  it('keep the statement text, never its parameters or the value PostgreSQL quotes back', async () => {
    await expect(
      dataSource.query('SELECT $1::date AS born, $2::text AS notes', [`${PERSON.name} ${PERSON.codiceFiscale}`, PERSON.health]),
    ).rejects.toThrow();
    const log = expectNoPersonalData();
    expect(log).toContain('SELECT $1::date AS born, $2::text AS notes');
  });

  it("keep a unique violation's constraint, never the key in PostgreSQL's detail", async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('CREATE TEMP TABLE person (codice_fiscale text CONSTRAINT person_codice_fiscale_key UNIQUE)');
      await runner.query('INSERT INTO person VALUES ($1)', [PERSON.codiceFiscale]);
      await expect(runner.query('INSERT INTO person VALUES ($1)', [PERSON.codiceFiscale])).rejects.toThrow(/duplicate key/);
    } finally {
      await runner.release();
    }
    expect(expectNoPersonalData()).toContain('person_codice_fiscale_key');
  });

  it('stay clean when the error formatter logs the same failure as an unexpected error', async () => {
    const failure = await dataSource.query('SELECT $1::int', [PERSON.codiceFiscale]).catch((error: unknown) => error as Error);
    lines.splice(0);
    const formatted = createErrorFormatter(logger)(
      { message: failure.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(failure.message, { originalError: failure }),
    );
    expect(formatted.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    const log = lines.join('');
    expect(log).toContain('unexpected error while resolving a request');
    expect(log).toContain('SELECT $1::int');
    expect(log).not.toContain(PERSON.codiceFiscale);
  });
});
