/**
 * Hive Gateway (`@graphql-hive/gateway-runtime`, The Guild's federation gateway) on the hub's committed supergraph,
 * for `npm run bench:gateway` to compare against. Run as a process of its own (see `startHiveGateway`), with:
 * `{ port, supergraphPath, subgraphUrls, secrets }` as its JSON argument. It forwards the caller's token and each
 * subgraph's gateway secret, as the hub's gateway does; it does not verify the token itself (the subgraphs do).
 * Its deduplication of identical in-flight subgraph requests (on by default) is turned off: it would merge the
 * audited reads of different requests into one (the performance issue measured 338 audit entries for 1,000
 * requests), so the two gateways would not be doing the same work; `HIVE_DEDUPLICATE=1` turns it back on.
 */
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const { port, supergraphPath, subgraphUrls, secrets } = JSON.parse(process.argv[2]!) as {
  port: number;
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  secrets: Record<string, string>;
};
// The supergraph names each subgraph's URL in `@join__graph(name:, url:)`: point them at this run's subgraphs.
const supergraph = readFileSync(supergraphPath, 'utf8').replace(
  /@join__graph\(name: "([a-z]+)", url: "[^"]*"\)/g,
  (_whole, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")`,
);
const gateway = createGatewayRuntime({
  supergraph,
  logging: 'error',
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: process.env.HIVE_DEDUPLICATE === '1' } } },
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      return {
        authorization: request.headers.get('authorization') ?? '',
        'x-shubh-gateway-secret': secrets[subgraphName.toLowerCase()] ?? '',
      };
    },
  },
});
// The runtime is a request listener for node:http (it answers through its own promise chain).
createServer((request, response) => void gateway(request, response)).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
