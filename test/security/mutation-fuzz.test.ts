import { todayInItaly } from '@shubh/platform';
import type { TestDatabase } from '@shubh/platform/testing';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createMigratedTestDatabase } from '../database-setup.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9: every mutation of the composed supergraph, sent bad variables by an administrator (whom every policy lets
 * through, so validation is what answers): NUL bytes and lone surrogates, 100,000 characters, blank text, malformed
 * UUIDs and UUIDs of nothing, impossible and implausible days, huge and negative numbers, enum values that do not
 * exist, null where a value is required. Each answer is a client error with a stable code (BAD_USER_INPUT naming its
 * field), never a server fault, a stack trace or SQL; and a refused mutation writes nothing: the hub runs on a
 * database of this file's own, so every row of the four subgraphs' schemas (and every audit entry but reads) can be
 * counted before and after. The seed is fixed: a failure names the mutation and the variables, and reproduces.
 */
const SEED = 20260409;
const RUNS_PER_MUTATION = 12;

const schema = buildSchema(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/** The codes a refusal of bad input may carry (README, Errors); INTERNAL_SERVER_ERROR is never one of them. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'CASE_CLOSED',
  'CASE_FACT_MISSING',
  'GRAPHQL_VALIDATION_FAILED',
]);
/** What a stack trace or a database's words look like in a message. */
const LEAKS = [
  /\n\s+at /,
  /\.(ts|js):\d+/,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET|WHERE)\b/i,
  /relation "|violates|syntax error at|invalid input syntax|QueryFailedError|duplicate key/i,
];

let hub: SecurityHub;
let database: TestDatabase;
let counter: pg.Client;
let countRows: string;
const world = { person: '', corner: '', organisation: '', service: '' };

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  hub = await startSecurityHub({
    databaseUrl: database.url,
    // About 700 requests from one administrator: more than a minute's allowance, and the limit is not under test.
    gateway: { rateLimit: { requests: 0, windowSeconds: 60, keyPrefix: 'mutation-fuzz' } },
  });
  const catalogue = hub.hub.dataSources.catalogue!;
  world.corner = (await createIntegraCorner(catalogue, { province: 'TO' })).id;
  world.organisation = (await createOrganisation(catalogue, { type: 'NGO', provinces: ['TO'] })).id;
  world.service = (await createService(catalogue, { providerId: world.organisation })).id;
  world.person = (await createBeneficiary(hub.hub.dataSources.beneficiaries!, { integraCornerId: world.corner })).id;
  counter = new pg.Client({ connectionString: database.url });
  await counter.connect();
  const { rows } = await counter.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
     WHERE schemaname IN ('beneficiaries', 'catalogue', 'labour', 'housing') ORDER BY 1`,
  );
  expect(rows.length).toBeGreaterThan(20);
  countRows = `SELECT ${[
    ...rows.map(({ name }) => `(SELECT count(*) FROM ${name}) AS "${name}"`),
    `(SELECT count(*) FROM audit.entry WHERE operation <> 'READ') AS "audit.entry"`,
  ].join(', ')}`;
});
afterAll(async () => {
  await counter?.end();
  await hub?.stop();
  await database?.drop();
});

async function rowCounts(): Promise<Record<string, string>> {
  return (await counter.query(countRows)).rows[0];
}

// ---- Valid values, so that the value under test is the one at fault ----

const uuid = () => crypto.randomUUID();
/** Ids by the name they go by: the records this file made; any other id is one of nothing. */
const ID_BY_NAME: Record<string, () => string> = {
  beneficiaryId: () => world.person,
  integraCornerId: () => world.corner,
  fromCornerId: () => world.corner,
  cornerId: () => world.corner,
  serviceId: () => world.service,
  ...Object.fromEntries(
    [
      'organisationId',
      'referringOrganisationId',
      'providerId',
      'providerOrganisationId',
      'employerId',
      'hostEmployerId',
      'promoterId',
      'toOrganisationId',
      'ownerOrganisationId',
      'organisationIds',
      'otherPartyIds',
      'attendingOrganisationIds',
    ].map((name) => [name, () => world.organisation]),
  ),
};
/** Text whose form is checked, by name; other text is a plain sentence. */
const TEXT_BY_NAME: Record<string, string> = {
  province: 'TO',
  provinces: 'TO',
  reachableProvinces: 'TO',
  citizenship: 'SN',
  country: 'SN',
  language: 'fr',
  iscoCode: '9333',
  desiredIscoCodes: '9333',
  municipality: 'Torino',
  reachableMunicipalities: 'Torino',
  areasWanted: 'Torino',
  email: 'sportello@example.org',
  phone: '+39 011 123 4567',
  opens: '09:00',
  closes: '17:00',
};

function validValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name);
  if (isListType(type)) return [validValue(type.ofType, name)];
  if (isInputObjectType(type)) return requiredFieldsOf(type.getFields());
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'ID':
      return (ID_BY_NAME[name] ?? uuid)();
    case 'String':
      return TEXT_BY_NAME[name] ?? 'Colloquio di orientamento';
    case 'Date':
      return name === 'birthDate' ? '1994-03-08' : todayInItaly();
    case 'DateTime':
      return new Date().toISOString();
    case 'Int':
      return name === 'completedYear' ? 2015 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return {};
  }
}

function requiredFieldsOf(fields: Record<string, { type: GraphQLInputType; name: string }>): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(fields)
      .filter((field) => isNonNullType(field.type))
      .map((field) => [field.name, validValue(field.type, field.name)]),
  );
}

// ---- Where a bad value can go, and which bad values ----

/** One place in a mutation's variables: the path (a list's first element is index 0) and the type expected there. */
interface Position {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

function positionsOf(mutation: GraphQLField<unknown, unknown>): Position[] {
  const positions: Position[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], name: string, depth: number) => {
    positions.push({ path, type, name });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return walk(inner.ofType, [...path, 0], name, depth);
    if (isInputObjectType(inner) && depth < 4) {
      for (const field of Object.values(inner.getFields())) walk(field.type, [...path, field.name], field.name, depth + 1);
    }
  };
  for (const argument of mutation.args) walk(argument.type, [argument.name], argument.name, 0);
  return positions;
}

/** A bad value, and whether the hub may take it (blank text where text may be left out, metacharacters in text). */
interface BadValue {
  value: unknown;
  kind: string;
  mayBeAccepted: boolean;
}

const refuse = (kind: string) => (value: unknown) => ({ value, kind, mayBeAccepted: false });

const ASCII = fc.string({ maxLength: 12 });
const BAD_TEXT = fc.oneof(
  fc.tuple(ASCII, ASCII).map(([before, after]) => refuse('NUL')(`${before}\u0000${after}`)),
  fc
    .tuple(ASCII, fc.integer({ min: 0xd800, max: 0xdfff }))
    .map(([text, unit]) => refuse('lone surrogate')(text + String.fromCharCode(unit))),
  fc.constantFrom('x', 'é', '字').map((character) => refuse('100,000 characters')(character.repeat(100_000))),
);
/**
 * Ids of the network's identity provider (a token subject), not of a record of the hub: a corner's team member may
 * not have signed in yet, and the hub holds no list of users to look one up in. Any well-formed UUID may be taken.
 */
const IDENTITY_PROVIDER_IDS = new Set(['userId']);
const MALFORMED_ID = fc
  .constantFrom('not-a-uuid', '123', '00000000-0000-4000-8000-00000000000g', "' OR 1=1 --", '')
  .map(refuse('malformed UUID'));
const badId = (name: string) =>
  fc.oneof(
    MALFORMED_ID,
    fc.uuid({ version: 4 }).map((value) => ({ value, kind: 'UUID of nothing', mayBeAccepted: IDENTITY_PROVIDER_IDS.has(name) })),
  );
const BAD_DATE = fc.constantFrom('9999-12-31', '0000-01-01', '2026-02-30', '2025-13-01', 'yesterday', '').map(refuse('bad day'));
const BAD_DATE_TIME = fc
  .constantFrom('9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z', 'now', '')
  .map(refuse('bad time'));
const BAD_INT = fc
  .constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2_147_483_647, -2_147_483_648, -1, 1.5, '1')
  .map(refuse('huge, negative or no integer'));
const BAD_FLOAT = fc.constantFrom(1e308, -1, -1e308, '1').map(refuse('huge, negative or no number'));
const BAD_BOOLEAN = fc.constantFrom('true', 1, 'yes').map(refuse('no boolean'));

function badValues(position: Position): fc.Arbitrary<BadValue> {
  const named = getNamedType(position.type);
  const required = isNonNullType(position.type);
  const nulls = required ? [fc.constant(refuse('null where required')(null))] : [];
  const inner = required ? (position.type as { ofType: GraphQLInputType }).ofType : position.type;
  if (isListType(inner) || !isLeafType(named)) {
    // GraphQL takes a single value for a list of it (["x"] for "x"): the wrong shape is an object for a list of
    // scalars, and a string for an input object or a list of them.
    const wrongShape = isListType(inner) && isLeafType(named) ? { not: 'a list' } : 'not an object';
    return fc.oneof(...nulls, fc.constant(refuse('wrong shape')(wrongShape)));
  }
  if (isEnumType(named)) {
    const first = named.getValues()[0]!.value as string;
    return fc.oneof(...nulls, fc.constantFrom('NOT_A_VALUE', first.toLowerCase(), '', 7).map(refuse('wrong enum value')));
  }
  const blank = fc.constantFrom('', '   ', '\u200b').map((value) => ({ value, kind: 'blank', mayBeAccepted: !required }));
  const metacharacters = fc
    .constantFrom("O'Brien'); DROP TABLE beneficiaries.beneficiary; --", '%_\\%', '$1 \\x00')
    .map((value) => ({ value, kind: 'SQL and LIKE metacharacters', mayBeAccepted: true }));
  switch (named.name) {
    case 'ID':
      return fc.oneof(...nulls, badId(position.name), BAD_TEXT);
    case 'String':
      return fc.oneof(...nulls, BAD_TEXT, blank, metacharacters);
    case 'Date':
      return fc.oneof(...nulls, BAD_DATE);
    case 'DateTime':
      return fc.oneof(...nulls, BAD_DATE_TIME);
    case 'Int':
      return fc.oneof(...nulls, BAD_INT);
    case 'Float':
      return fc.oneof(...nulls, BAD_FLOAT);
    case 'Boolean':
      return fc.oneof(...nulls, BAD_BOOLEAN);
    default:
      return fc.oneof(
        ...nulls,
        BAD_TEXT.map((bad) => ({ ...bad, value: { text: bad.value } })),
      );
  }
}

/** The mutation's valid variables with `bad` at `position`, the containers on the way made valid as needed. */
function variablesWith(mutation: GraphQLField<unknown, unknown>, position: Position, bad: unknown): Record<string, unknown> {
  const variables: Record<string, unknown> = requiredFieldsOf(
    Object.fromEntries(mutation.args.map((argument: GraphQLArgument) => [argument.name, argument])),
  );
  let container: any = variables;
  let type: GraphQLInputType | undefined;
  const types = new Map(mutation.args.map((argument) => [argument.name, argument.type]));
  for (const [index, step] of position.path.entries()) {
    const last = index === position.path.length - 1;
    if (index === 0) type = types.get(step as string);
    else {
      const inner = isNonNullType(type!) ? type.ofType : type!;
      type = isListType(inner) ? inner.ofType : (inner as any).getFields()[step].type;
    }
    if (last) container[step] = bad;
    else {
      container[step] ??= validValue(type!, String(step));
      container = container[step];
    }
  }
  return variables;
}

function operationOf(mutation: GraphQLField<unknown, unknown>): string {
  const declarations = mutation.args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const call = mutation.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const selection = isLeafType(getNamedType(mutation.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${mutation.name}${call ? `(${call})` : ''}${selection} }`;
}

describe('every mutation refuses bad variables with a client error and writes nothing', () => {
  it('covers every mutation of the supergraph', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(90);
  });

  it.each(mutations.map((mutation) => [mutation.name, mutation] as const))('%s', async (_name, mutation) => {
    const operation = operationOf(mutation);
    const positions = positionsOf(mutation);
    const cases = fc
      .constantFrom(...positions)
      .chain((position) => badValues(position).map((bad) => ({ field: position.path.join('.'), position, bad })));
    let before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(cases, async ({ field, position, bad }) => {
        const variables = variablesWith(mutation, position, bad.value);
        const { status, body } = await hub.request(operation, variables);
        const errors = body.errors ?? [];
        const where = `${mutation.name} with ${bad.kind} at ${field}`;
        expect({ where, status: [200, 400].includes(status) }).toEqual({ where, status: true });
        for (const error of errors) {
          const extensions = (error.extensions ?? {}) as Record<string, unknown>;
          const seen = { where, code: extensions.code, message: error.message };
          expect({ ...seen, clientCode: CLIENT_CODES.has(String(extensions.code)) }).toEqual({ ...seen, clientCode: true });
          for (const leak of LEAKS) expect({ ...seen, leak: leak.test(error.message) }).toEqual({ ...seen, leak: false });
          if (extensions.code === 'BAD_USER_INPUT') {
            expect({ ...seen, field: typeof extensions.field === 'string' && extensions.field !== '' }).toEqual({ ...seen, field: true });
          }
        }
        const refused = errors.length > 0 && (body.data?.[mutation.name] ?? null) === null;
        if (!bad.mayBeAccepted) expect({ where, refused, data: body.data ?? null }).toMatchObject({ where, refused: true });
        const after = await rowCounts();
        if (refused) expect({ where, counts: after }).toEqual({ where, counts: before });
        before = after;
      }),
      { seed: SEED, numRuns: RUNS_PER_MUTATION, endOnFailure: true },
    );
  });
});
