import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serverNodeFlags } from '../../bench/lib/server-node-flags.js';

/**
 * The server is started in three places — `npm start`, the Docker image and the benchmarks — and
 * the benchmark's numbers only speak for the other two if all three run Node.js the same way.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The flags between `node` and the server's entry point in a command line. */
function flagsOf(words: string[]): string[] {
  const node = words.indexOf('node');
  const entry = words.indexOf('server/dist/server.js');
  if (node < 0 || entry < node) throw new Error(`no "node … server/dist/server.js" in ${words.join(' ')}`);
  return words.slice(node + 1, entry);
}

describe('how the server is started', () => {
  it('npm start runs node with the benchmark’s flags', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start ?? '';
    const command = start.split('&&').at(-1)?.trim().split(/\s+/) ?? [];
    expect(flagsOf(command)).toEqual(serverNodeFlags);
  });

  it('the Docker image runs node with the benchmark’s flags', () => {
    const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(read('Dockerfile'))?.[1];
    if (!cmd) throw new Error('the Dockerfile has no CMD in exec form');
    expect(flagsOf(JSON.parse(cmd) as string[])).toEqual(serverNodeFlags);
  });
});
