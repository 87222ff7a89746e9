import type { ChildProcess } from 'node:child_process';
import { adminQuery } from './database.js';
import { freePort, startProcess, stopProcess } from './processes.js';
import { serverNodeFlags } from './server-node-flags.js';

export interface BenchServer {
  /** The bench's own database. */
  dbUrl: string;
  port: number;
  /** `http://127.0.0.1:<port>` */
  base: string;
  server: ChildProcess;
}

/**
 * A database of the bench's own (`alongside_bench_<name>_<time>`) with the built server running on
 * it as its own process with `npm start`'s flags; `run` measures, then the server stops and the
 * database is dropped, whatever happened.
 */
export async function withBenchServer<T>(
  adminUrl: string,
  name: string,
  run: (s: BenchServer) => Promise<T>,
): Promise<T> {
  const dbName = `alongside_bench_${name}_${Date.now()}`;
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  await adminQuery(adminUrl, `create database ${dbName}`);
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startProcess(
      process.execPath,
      [...serverNodeFlags, 'server/dist/server.js'],
      { DATABASE_URL: dbUrl.toString(), PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, LOG_LEVEL: 'warn' },
      /Alongside is running/,
    );
    try {
      return await run({ dbUrl: dbUrl.toString(), port, base, server });
    } finally {
      await stopProcess(server);
    }
  } finally {
    await adminQuery(adminUrl, `drop database if exists ${dbName} with (force)`);
  }
}
