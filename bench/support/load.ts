/**
 * One round of load from a process of its own, so that the load generator never shares an event loop with what
 * it measures: `node --import tsx bench/support/load.ts '<json>'` runs autocannon with the given url, headers,
 * body, connections and duration and prints its result as one JSON line.
 */
import autocannon from 'autocannon';

const { url, headers, body, connections, duration } = JSON.parse(process.argv[2]!) as {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
};
const result = await autocannon({ url, method: 'POST', headers, body, connections, duration });
console.log(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
