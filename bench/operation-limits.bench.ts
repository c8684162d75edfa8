/**
 * `npm run bench:limits`: how long the attacks of issue 9 (finding 1) hold the gateway's event loop, without
 * and with the operation limits. Parsing and validation are synchronous, so their duration is the time every
 * other request on the gateway waits. Both sides run here, on the committed supergraph's API schema: without
 * limits, graphql-js's parser and standard rules; with them, the gateway's screen (token limit, counting rules)
 * first, then the standard rules for what it lets through.
 * A program, not a test: it prints medians and ratios and never fails on a time.
 */
import { ApolloGateway } from '@apollo/gateway';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { DEFAULT_OPERATION_LIMITS, operationParseOptions, screenOperation } from '../gateway/src/operation-limits.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CASELOAD_PAGE = `beneficiaries(first: 100) { edges { node { id givenName familyName caseStatus receptionExitDate
  integraCorner { name hostOrganisation { name } } labourProfile { employmentStatus desiredIscoCodes }
  housingSituation { status rentGuaranteeActive } } } pageInfo { hasNextPage endCursor } }`;

const ATTACKS: Record<string, string> = {
  '1 MiB of repeated directives': `query { __typename ${'@aa'.repeat(349_000)} }`,
  '1000 aliases of a 100-person caseload page': `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: ${CASELOAD_PAGE}`).join('\n')} }`,
  '500 x __typename (field duplication)': `query { ${'__typename \n'.repeat(500)} }`,
  // Within the token limit: graphql-js's overlap check is quadratic here, hence the screen before it.
  '280 x one list field (within 2000 tokens)': `{ ${Array.from({ length: 280 }, () => 'beneficiaries { edges { cursor } }').join(' ')} }`,
};

const gateway = new ApolloGateway({ supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8') });
const { schema } = (await gateway.load()) as unknown as { schema: GraphQLSchema };

function withoutLimits(query: string): void {
  validate(schema, parse(query), specifiedRules);
}

const screen = screenOperation(DEFAULT_OPERATION_LIMITS, () => schema);
/** What the gateway does now: the screen refuses first; only what passes it meets graphql-js's validation. */
function withLimits(query: string): void {
  if (screen(query)) return;
  validate(schema, parse(query, operationParseOptions(DEFAULT_OPERATION_LIMITS)), specifiedRules);
}

/** Median wall time of one synchronous run: the time the event loop is held. */
function measure(run: (query: string) => void, query: string): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    run(query);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

console.log(`event loop held by one operation (${ROUNDS} rounds, median):`);
for (const [name, query] of Object.entries(ATTACKS)) {
  const before = measure(withoutLimits, query);
  const after = measure(withLimits, query);
  const line = `${name.padEnd(45)} without limits ${before.toFixed(1).padStart(8)} ms   with limits ${after.toFixed(2).padStart(7)} ms`;
  console.log(`  ${line}   ratio ${(before / after).toFixed(0)}x`);
}
await gateway.stop();
