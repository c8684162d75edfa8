/**
 * Interleaved rounds of load against several targets, each round from a load process of its own, with the CPU
 * time that each target's processes spent per request in that round. Medians over the rounds.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpuMilliseconds } from './hub-processes.js';

export interface Target {
  url: string;
  headers: Record<string, string>;
  /** The processes whose CPU time a request to this target costs (gateway and subgraphs). */
  pids: number[];
}

export interface RoundResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per request, over the target's processes. */
  cpuPerRequest: number;
}

const LOAD = fileURLToPath(new URL('./load.ts', import.meta.url));

export function loadOnce(target: Target, body: string, connections: number, duration: number): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', LOAD, JSON.stringify({ url: target.url, headers: target.headers, body, connections, duration })],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as RoundResult) : reject(new Error(`load exited with ${code}`)),
    );
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function interleavedRounds(
  targets: Record<string, Target>,
  options: { body: string; rounds: number; seconds: number; connections: number },
): Promise<Record<string, Figures>> {
  const names = Object.keys(targets);
  for (const name of names) await loadOnce(targets[name]!, options.body, options.connections, 1); // warm-up
  const samples: Record<string, { rps: number[]; p50: number[]; p99: number[]; cpu: number[] }> = {};
  for (let round = 0; round < options.rounds; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const target = targets[name]!;
      const before = target.pids.map(cpuMilliseconds);
      const result = await loadOnce(target, options.body, options.connections, options.seconds);
      const cpu = target.pids.map(cpuMilliseconds).reduce((sum, after, i) => sum + after - before[i]!, 0);
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      const sample = (samples[name] ??= { rps: [], p50: [], p99: [], cpu: [] });
      sample.rps.push(result.rps);
      sample.p50.push(result.p50);
      sample.p99.push(result.p99);
      sample.cpu.push(cpu / Math.max(1, result.requests));
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sample = samples[name]!;
      return [name, { rps: median(sample.rps), p50: median(sample.p50), p99: median(sample.p99), cpuPerRequest: median(sample.cpu) }];
    }),
  );
}

export function printFigures(figures: Record<string, Figures>): void {
  for (const [name, { rps, p50, p99, cpuPerRequest }] of Object.entries(figures)) {
    console.log(
      `  ${name.padEnd(30)} ${rps.toFixed(0).padStart(5)} requests/s  p50 ${p50.toFixed(1).padStart(7)} ms  p99 ${p99.toFixed(1).padStart(7)} ms  ` +
        `p99/p50 ${(p99 / Math.max(p50, 0.1)).toFixed(1).padStart(4)}  CPU ${cpuPerRequest.toFixed(2)} ms/request`,
    );
  }
}

export function printRatio(label: string, a: Figures, b: Figures): void {
  console.log(
    `  ${label}: throughput ${(a.rps / b.rps).toFixed(2)}x, p50 ${(a.p50 / b.p50).toFixed(2)}x, CPU per request ${(a.cpuPerRequest / b.cpuPerRequest).toFixed(2)}x`,
  );
}
