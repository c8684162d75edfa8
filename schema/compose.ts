/**
 * Composes the subgraphs' SDL into `schema/supergraph.graphql`, the file the gateway serves.
 * `--check` fails (exit 1) when the committed file differs from a fresh composition: CI runs it.
 */
import { composeServices } from '@apollo/composition';
import { readSubgraphSdl } from '@shubh/platform';
import { parse } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { allSubgraphs } from '../subgraphs/index.js';

const target = new URL('./supergraph.graphql', import.meta.url);

const result = composeServices(
  allSubgraphs.map((subgraph) => ({
    name: subgraph.name,
    // The URLs of a local run; deployments point the gateway elsewhere with BENEFICIARIES_URL and friends.
    url: `http://localhost:${subgraph.defaultPort}/graphql`,
    typeDefs: parse(readSubgraphSdl(subgraph)),
  })),
);

if (result.errors) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}

const supergraph = `${result.supergraphSdl.trimEnd()}\n`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== supergraph) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is up to date');
} else {
  writeFileSync(target, supergraph);
  console.log(`composed ${allSubgraphs.length} subgraphs into schema/supergraph.graphql`);
}
for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.toString()}`);
