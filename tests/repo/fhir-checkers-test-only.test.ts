import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The two FHIR checkers (Medplum's validator and FHIR.js) check the record export in the tests
 * only: no production code imports them, and no workspace that ships depends on them.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const checkers = /from ['"](@medplum\/[^'"]+|fhir)['"]|import\(['"](@medplum\/[^'"]+|fhir)['"]\)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the FHIR checkers are for tests only', () => {
  it('would see an import of them (the tests’ own helper has both)', () => {
    const helper = readFileSync(join(root, 'tests/helpers/fhir-validators.ts'), 'utf8');
    expect(helper.split('\n').filter((line) => checkers.test(line))).toHaveLength(3);
  });

  it.each(['server/src', 'shared/src', 'web/src'])('%s imports neither', (dir) => {
    const importing = sourceFiles(join(root, dir)).filter((file) => checkers.test(readFileSync(file, 'utf8')));
    expect(importing).toEqual([]);
  });

  it.each(['server', 'shared', 'web'])('%s/package.json depends on neither', (workspace) => {
    const pkg = JSON.parse(readFileSync(join(root, workspace, 'package.json'), 'utf8')) as Record<string, unknown>;
    const names = ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((k) =>
      Object.keys((pkg[k] as Record<string, string> | undefined) ?? {}),
    );
    expect(names.filter((n) => n === 'fhir' || n.startsWith('@medplum/'))).toEqual([]);
  });
});
