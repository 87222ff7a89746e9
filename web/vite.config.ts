import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { zodWithoutJsonSchema } from './zod-without-json-schema.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes `.br` and `.gz` beside every built asset, so a static server that looks for
 * pre-compressed files (`@fastify/static` with `preCompressed: true`) can send them without
 * compressing on each request. Many participants are on phones with limited data.
 */
function precompress(): Plugin {
  return {
    name: 'alongside:precompress',
    apply: 'build',
    async writeBundle(options) {
      const dir = join(options.dir ?? join(webRoot, 'dist'), 'assets');
      for (const file of await readdir(dir)) {
        if (!/\.(js|css|svg)$/.test(file)) continue;
        const body = await readFile(join(dir, file));
        if (body.length < 1024) continue;
        await writeFile(join(dir, `${file}.gz`), await gzipAsync(body, { level: 9 }));
        await writeFile(
          join(dir, `${file}.br`),
          await brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/**
 * The web app. `source` comes first among the resolve conditions so that `@alongside/shared`
 * is bundled from its TypeScript source (no separate build step for the shared package).
 * In development, `/api` (HTTP and the live WebSocket) goes to the server on port 3000; the
 * Host header is kept, so the server's same-origin check sees the dev server's own origin.
 */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [
    zodWithoutJsonSchema(),
    precompress(),
    // The service worker (src/sw/sw.ts) precaches the shell, so the app opens with no signal. The
    // manifests are hand-written in public/ (one per language); registration is the app's own,
    // lazily after first paint, and an update waits for the person's click ('prompt').
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The first build step's chunks can be big (the staff pages); none is left out.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The first screen has a 60 KB (gzip) budget; the e2e test measures it on every run.
    chunkSizeWarningLimit: 140,
    rolldownOptions: {
      // The shared package is schemas and pure functions: a module none of whose exports a chunk
      // uses can be left out of it. Without this, importing anything from the barrel would bring
      // every schema (plan, live, reports…) into the first screen.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]src[\\/]/.test(id) },
      output: {
        // Name the two libraries' chunks, so size reports say what is what and they cache apart from app code.
        codeSplitting: {
          groups: [
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
            // zod alone: the shared schemas split by use, so the plan, live and note schemas load
            // with the pages that need them rather than with the first screen.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', ws: true, changeOrigin: false },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
