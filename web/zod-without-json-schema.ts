import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/**
 * Keeps zod's JSON Schema generator out of the web app. zod 4's classic `schemas.js` imports
 * `core/json-schema-processors.js` and `core/to-json-schema.js` (about 64 KB, 8 KB gzip) and
 * refers to them from every schema it builds, so tree-shaking cannot drop them, yet they serve
 * only `.toJSONSchema()`, `z.toJSONSchema()` and the `~standard.jsonSchema` methods, which the
 * browser never calls (the server, which does, is not built by Vite).
 *
 * For imports made by classic `schemas.js` only, the two modules are swapped for stand-ins:
 * - every name it reads from the processors (`stringProcessor`, `objectProcessor`…) becomes a
 *   function that throws; zod calls them only while generating JSON Schema;
 * - `aggregateChecks`, which the `.minLength` / `.maxValue` / `.format`… getters read, is
 *   re-exported from zod's own module, so those getters run zod's code (the bundler keeps only
 *   it and its helpers);
 * - `createToJSONSchemaMethod` / `createStandardJSONSchemaMethod` build methods that throw when
 *   called, so `~standard` (read by validators) still has its usual shape.
 * Parsing (`parse`, `safeParse`, `encode`…) never reaches any of these, so it is zod's code
 * unchanged. The names are read from `schemas.js` itself, so a zod update that imports a new
 * processor gets a stand-in for it instead of a build error; `tests/web/zod-stand-in.test.ts`
 * runs the shared schemas through this plugin.
 */
export function zodWithoutJsonSchema(): Plugin {
  const processorsId = '\0alongside:zod-json-schema-processors';
  const toJsonSchemaId = '\0alongside:zod-to-json-schema';
  const classicSchemas = /[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/;
  let importer = '';
  let realProcessors = '';

  return {
    name: 'alongside:zod-without-json-schema',
    enforce: 'pre',
    async resolveId(source, from, options) {
      if (!from || !classicSchemas.test(from)) return null;
      if (source.endsWith('/core/json-schema-processors.js')) {
        const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
        if (!resolved) return null;
        importer = from;
        realProcessors = resolved.id;
        return processorsId;
      }
      if (source.endsWith('/core/to-json-schema.js')) return toJsonSchemaId;
      return null;
    },
    async load(id) {
      if (id === toJsonSchemaId) {
        return [
          unavailable,
          'export const createToJSONSchemaMethod = () => unavailable;',
          'export const createStandardJSONSchemaMethod = () => unavailable;',
        ].join('\n');
      }
      if (id !== processorsId) return null;
      const source = await readFile(importer, 'utf8');
      const names = new Set([...source.matchAll(/\bprocessors\.(\w+)/g)].map((m) => m[1] as string));
      names.delete('aggregateChecks');
      return [
        `export { aggregateChecks } from ${JSON.stringify(realProcessors)};`,
        unavailable,
        ...[...names].map((name) => `export const ${name} = unavailable;`),
      ].join('\n');
    },
  };
}

const unavailable = `function unavailable() {
  throw new Error('JSON Schema generation is left out of the web app (see web/zod-without-json-schema.ts)');
}`;
