import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { repoRoot } from './server.js';

/** Debian's Chromium, never a downloaded browser. Flags: see shared/STACK.md. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}

/** The launch options every e2e browser uses (a persistent profile too, e.g. to check installing). */
export function chromiumOptions() {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors, CSP violations, unexpected console errors, 5xx answers, missing assets. */
  problems: string[];
}

/** API answers the flow provokes on purpose (401 from "who am I" before sign-in, a wrong password). */
const expectedConsoleError = /^Failed to load resource: the server responded with a status of 4\d\d/;

/**
 * One simulated person = one browser context (their own cookies and storage). Two pages in
 * one context would throttle the background one. The app's CSP stays enforced: a violation
 * shows up as a console error and is reported as a problem.
 */
export async function newPerson(
  browser: Browser,
  name: string,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Person> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-GB',
    reducedMotion: 'reduce',
  });
  // Steps take well under a second, but a cold first page on a busy 2-core machine can take
  // several: 20 s leaves room for that while a real failure still fails.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`${name}: uncaught error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedConsoleError.test(message.text())) {
      problems.push(`${name}: console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 500) problems.push(`${name}: ${response.status()} from ${path}`);
    if (response.status() === 404 && !path.startsWith('/api/')) problems.push(`${name}: missing file ${path}`);
  });
  return { name, context, page, problems };
}

export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}
interface AxeWindow {
  axe?: {
    run(
      context: Document,
      options: { resultTypes: string[] },
    ): Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }>;
  };
}

const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is now and fails with a readable list when anything is
 * found. axe is evaluated through the DevTools protocol rather than `addScriptTag`: the app's
 * CSP (`script-src 'self'`) rightly refuses an inline script tag, and switching CSP off for the
 * test would hide real CSP regressions.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as AxeWindow).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  const violations: AxeViolation[] = await page.evaluate(async () => {
    const axe = (window as unknown as AxeWindow).axe;
    if (!axe) throw new Error('axe did not load');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary ?? '' })),
    }));
  });
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [
    `• [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`,
    ...v.nodes.slice(0, 5).map((n) => `    at ${n.target}\n      ${n.summary.replaceAll('\n', '\n      ')}`),
  ]);
  throw new Error(`axe found ${violations.length} accessibility problem(s) on "${label}":\n${lines.join('\n')}`);
}

const screenshotDir = join(repoRoot, 'tests/e2e/screenshots');
mkdirSync(screenshotDir, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Records the JavaScript a page downloads, to weigh the first screen (gzip, as a server would send it). */
export function recordScripts(page: Page): { gzipBytes(): Promise<{ total: number; files: string[] }> } {
  const scripts: Promise<{ path: string; size: number }>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js') && response.ok()) {
      scripts.push(response.body().then((body) => ({ path, size: gzipSync(body, { level: 9 }).length })));
    }
  });
  return {
    async gzipBytes() {
      const sizes = await Promise.all(scripts);
      return {
        total: sizes.reduce((sum, s) => sum + s.size, 0),
        files: sizes.map((s) => `${s.path} ${(s.size / 1024).toFixed(1)} KB`),
      };
    },
  };
}
