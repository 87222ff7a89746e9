import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A server module's public surface is its index.ts: `npm run lint` (Biome's noRestrictedImports,
 * configured in biome.json) refuses an import of another module's repo, service or anything else
 * behind it. Files planted in a copy of the tree, each with one import, are linted with the
 * repository's own biome.json; the rule must flag exactly the reach-ins.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where a file stands (under server/src) → the import it makes → whether lint must refuse it. */
const planted: [file: string, from: string, refused: boolean][] = [
  ['modules/notes/reach-in.ts', '../plan/plan.repo.js', true],
  ['modules/notes/reach-in-service.ts', '../live-sessions/live-sessions.service.js', true],
  ['modules/notes/reach-deeper.ts', '../plan/handlers/handler.js', true],
  ['modules/notes/through-index.ts', '../plan/index.js', false],
  ['modules/notes/own-file.ts', './notes.repo.js', false],
  ['modules/notes/outside-modules.ts', '../../lib/errors.js', false],
  ['modules/plan/handlers/reach-in.ts', '../../notes/notes.repo.js', true],
  ['modules/plan/handlers/through-index.ts', '../../notes/index.js', false],
  ['modules/plan/handlers/own-module.ts', '../plan.repo.js', false],
  ['plugins/reach-in.ts', '../modules/auth/auth.service.js', true],
  ['plugins/through-index.ts', '../modules/auth/index.js', false],
  ['compose-reach-in.ts', './modules/people/users.repo.js', true],
];

let tree: string;
let refused: Set<string>;
let output: string;

beforeAll(async () => {
  tree = mkdtempSync(join(tmpdir(), 'alongside-boundaries-'));
  copyFileSync(join(root, 'biome.json'), join(tree, 'biome.json'));
  for (const [file, from] of planted) {
    const path = join(tree, 'server/src', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `import type { Planted } from '${from}';\n\nexport type Reexported = Planted;\n`);
  }
  // The GitHub reporter writes one line per diagnostic, naming the rule and the file.
  output = await new Promise<string>((resolve) => {
    execFile(
      join(root, 'node_modules/.bin/biome'),
      ['lint', '--vcs-enabled=false', '--reporter=github', 'server'],
      { cwd: tree },
      (_error, stdout) => resolve(stdout),
    );
  });
  refused = new Set(
    [...output.matchAll(/^::error title=lint\/style\/noRestrictedImports,file=([^,]+),line=1,/gm)].map((m) =>
      relative(join(tree, 'server/src'), m[1] ?? ''),
    ),
  );
}, 60_000);

afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('module boundaries (npm run lint)', () => {
  it.each(planted)('server/src/%s importing %s: refused = %s', (file, _from, mustRefuse) => {
    expect(refused.has(file), output).toBe(mustRefuse);
  });

  it('says where the import should go', () => {
    expect(output).toContain('A module is imported through its index.js only');
  });
});
