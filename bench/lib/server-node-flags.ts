/**
 * The Node.js flags the server runs with — in `npm start`, in the Dockerfile and here in the
 * benchmarks (tests/repo/server-start.test.ts keeps the three the same).
 *
 * `--v8-pool-size=1`: one V8 helper thread instead of four. On a small machine shared with
 * PostgreSQL, four garbage-collection helpers preempt the very threads a live command waits for;
 * with one, the 1,000-room benchmark's p99 fell from about 45 ms to about 22 ms (bench/results).
 */
export const serverNodeFlags = ['--v8-pool-size=1'];
