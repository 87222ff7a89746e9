import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** The same process serves the built web app: static files, and index.html for client-side routes. */
const indexHtml =
  '<!doctype html><html lang="en"><title>Alongside</title><script type="module" src="/assets/app-3f2a.js"></script></html>';
let dist: string;
let t: TestApp;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'alongside-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), indexHtml);
  writeFileSync(join(dist, 'assets', 'app-3f2a.js'), 'console.log("hi");');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Alongside"}');
  writeFileSync(join(dist, 'manifest.es.webmanifest'), '{"name":"Alongside"}');
  t = await createTestApp({ env: { WEB_DIST_DIR: dist } });
});
afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('serves index.html at / and at any client-side route, revalidated on each visit, under the CSP', async () => {
    for (const url of ['/', '/sign-in', '/invite', '/people/123?tab=sessions']) {
      const res = await t.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toBe(indexHtml);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets with a long cache lifetime, and other files revalidated', async () => {
    const asset = await t.request({ method: 'GET', url: '/assets/app-3f2a.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log("hi");');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await t.request({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('serves the service worker and the manifests revalidated on each visit, with their own types, under a CSP that allows them', async () => {
    const worker = await t.request({ method: 'GET', url: '/sw.js' });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    // A cached worker would keep an old version of the app alive long after an update.
    expect(worker.headers['cache-control']).toBe('no-cache');
    for (const url of ['/manifest.webmanifest', '/manifest.es.webmanifest']) {
      const manifest = await t.request({ method: 'GET', url });
      expect(manifest.statusCode, url).toBe(200);
      expect(manifest.headers['content-type'], url).toMatch(/^application\/manifest\+json/);
      expect(manifest.headers['cache-control'], url).toBe('no-cache');
    }
    const csp = String((await t.request({ method: 'GET', url: '/' })).headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
  });

  it('an unknown API path is still a JSON 404, never the web page', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await t.request({ method, url: '/api/no-such-thing' });
      expect(res.statusCode, method).toBe(404);
      expect(res.json()).toMatchObject({ error: 'not_found' });
    }
    expect((await t.request({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });

  it('a non-GET request to a page path is a 404, not the web page', async () => {
    const res = await t.request({ method: 'POST', url: '/sign-in', body: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
  });

  it('answers /robots.txt with a real robots file that keeps crawlers off the API and one-time links', async () => {
    const res = await t.request({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).not.toContain('<html');
    const lines = res.body.split('\n');
    expect(lines).toContain('User-agent: *');
    for (const path of ['/api/', '/setup', '/invite', '/reset']) expect(lines).toContain(`Disallow: ${path}`);
  });
});
