import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumOptions, type Person, waitForHeading } from './browser.js';
import { password } from './flows.js';
import { repoRoot } from './server.js';

export interface HistoryEvent {
  seq: number;
  voice: string;
  actor: { name: string; role: string };
  command: { type: string; text?: string; title?: string };
}

/** Every event of the plan's history, oldest first, as the server holds it (read as `page`'s person). */
export async function planEvents(page: Page, pid: string): Promise<HistoryEvent[]> {
  return page.evaluate(async (participantId) => {
    const all: HistoryEvent[] = [];
    let after = 0;
    for (;;) {
      const r = await fetch(`/api/participants/${participantId}/plan/history?after=${after}&limit=500`);
      const body = (await r.json()) as { events: HistoryEvent[]; nextAfter: number | null };
      all.push(...body.events);
      if (body.nextAfter === null) return all;
      after = body.nextAfter;
    }
  }, pid);
}

/** How many commands this browser's outbox holds, whoever's they are (IndexedDB, read directly). */
export function unsentInBrowser(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('alongside-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('outbox')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Signs `who` in on the sign-in page (a fresh browser: another device of the same person). */
export async function signIn(who: Person, baseUrl: string, email: string): Promise<void> {
  await who.page.goto(`${baseUrl}/sign-in`);
  await waitForHeading(who.page, 'Sign in');
  await who.page.getByLabel('Email', { exact: true }).fill(email);
  await who.page.getByLabel('Password', { exact: true }).fill(password);
  await who.page.getByRole('button', { name: 'Sign in' }).click();
  await who.page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Sign in' }).waitFor();
  expect(who.page.url()).not.toContain('/sign-in');
}

/** The console errors a page meets while the browser is offline on purpose (requests that cannot go). */
export function offlineProblem(problem: string): boolean {
  return /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|WebSocket connection to .* failed|Failed to fetch/.test(problem);
}

/**
 * A browser with a profile on disk: Chrome never offers to install an app from an incognito
 * profile (every `newContext` is one), so the installability check needs this.
 */
export async function withProfile<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'alongside-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumOptions(),
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  context.setDefaultTimeout(20_000);
  try {
    return await run(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A copy of the built web app, for a story that ships a new version of it while it runs. */
export function copyOfWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alongside-web-dist-'));
  cpSync(join(repoRoot, 'web/dist'), dir, { recursive: true });
  return dir;
}

export async function visible(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

/** The signal goes: the person's own plan says it shows what was kept, and since when. */
export async function goOffline(who: Person): Promise<void> {
  await who.context.setOffline(true);
  await visible(who.page, /^Offline — showing what was saved at \d\d:\d\d\.$/);
}

export async function addStep(page: Page, goal: string, text: string): Promise<void> {
  const card = page.getByRole('article', { name: goal });
  await card.getByLabel('New step', { exact: true }).fill(text);
  await card.getByRole('button', { name: `Add step — goal “${goal}”` }).click();
  // The form empties once the step is kept (sent, or queued).
  await expect.poll(() => card.getByLabel('New step', { exact: true }).inputValue()).toBe('');
}

/** The outbox panel's count of changes waiting to be sent. */
export async function waitingCount(page: Page, count: number): Promise<void> {
  await visible(page, count === 1 ? '1 change is waiting to be sent.' : `${count} changes are waiting to be sent.`);
}
