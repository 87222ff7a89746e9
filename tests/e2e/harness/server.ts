import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface RunningServer {
  /** Origin the browser uses, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /**
   * The first-run link the server printed (`<url>/setup#<token>`) — or, when the story asked for
   * an organisation made by the operator's command, the link that command printed.
   */
  setupLink: string;
  /** Everything the server wrote so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Before the server starts, the operator runs `npm run org:create -- --name <organisation>`. */
  organisation?: string;
  /**
   * The host name in the browser's address (default 127.0.0.1). Passkeys need a domain, never an
   * IP address, as their relying party: `localhost` for a story that uses them.
   */
  hostName?: string;
  /** More settings for the server (they win over the defaults here). */
  env?: Record<string, string>;
  /** The built web app to serve; this checkout's `web/dist` when not given (a copy lets a story change it). */
  webDist?: string;
}

/**
 * Starts the BUILT server (`node server/dist/server.js`) as its own process on a free port with
 * a PGlite data folder copied from the run's migrated template (no users yet), and waits for the
 * setup link it prints. `E2E_SERVER_ENTRY` may point at another build of the server; the web app
 * is always this checkout's `web/dist`.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'alongside-e2e-'));
  // Another build of the server (E2E_SERVER_ENTRY) migrates its own folder from empty.
  if (!process.env.E2E_SERVER_ENTRY) await cp(inject('e2eDataTemplate'), dataDir, { recursive: true });
  const url = `http://${options.hostName ?? '127.0.0.1'}:${port}`;
  const entry = process.env.E2E_SERVER_ENTRY ?? join(repoRoot, 'server/dist/server.js');
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: options.webDist ?? join(repoRoot, 'web/dist'),
    DATABASE_URL: '',
    // Reports read the data afresh every time: a story checks that what it just did shows at
    // once, where a deployment may serve a published year for up to a minute.
    REPORTS_MAX_AGE_SECONDS: '0',
    // A story may take longer than five minutes on a busy machine between signing in and a
    // sensitive act (a disclosure, inviting an admin); re-confirmation has its own story.
    RECONFIRM_SECONDS: '3600',
    ...options.env,
  };
  // The embedded database is one process's at a time, so the operator's command runs first.
  const operatorOutput = options.organisation
    ? (
        await promisify(execFile)(
          process.execPath,
          [join(repoRoot, 'server/dist/cli/org-create.js'), '--name', options.organisation],
          { cwd: repoRoot, env },
        )
      ).stdout
    : '';
  const child = spawn(process.execPath, [entry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });

  const stop = async () => {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const linkIn = (text: string) => text.match(/(http\S+\/setup#\S+)/)?.[1];
    const setupLink = await waitFor(
      child,
      () =>
        options.organisation ? (output.includes('is running at') ? linkIn(operatorOutput) : undefined) : linkIn(output),
      // Generous: a loaded machine migrates PGlite slowly, and this is a start-up wait, not a measure.
      90_000,
      () => output,
    );
    return { url, setupLink, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitFor<T>(
  child: ChildProcess,
  probe: () => T | undefined,
  timeoutMs: number,
  output: () => string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const onExit = (code: number | null) => {
      clearInterval(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready:\n${output()}`));
    };
    child.once('exit', onExit);
    const timer = setInterval(() => {
      const value = probe();
      if (value !== undefined) {
        clearInterval(timer);
        child.off('exit', onExit);
        resolve(value);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        child.off('exit', onExit);
        reject(new Error(`the server did not print its setup link within ${timeoutMs} ms:\n${output()}`));
      }
    }, 50);
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
