import { performance } from 'node:perf_hooks';
import { percentile } from './stats.js';

/** The times of calls made one after another, in ms. */
export interface Timed {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** `warmUps` unmeasured calls (plans cached, pages in memory, code optimised), then `iterations` timed ones. */
export async function timeCalls(iterations: number, run: () => Promise<unknown>, warmUps = 3): Promise<Timed> {
  for (let i = 0; i < warmUps; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0 };
}
