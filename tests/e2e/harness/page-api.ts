import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect } from 'vitest';

/** A request from the page, as the app itself would send it (same origin, the person's cookie). */
export async function api(page: Page, method: string, url: string, body?: unknown) {
  const res = await page.evaluate(
    async ([m, u, b]) => {
      const r = await fetch(u, {
        method: m,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: r.status, json: await r.json() };
    },
    [method, url, body] as const,
  );
  expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
  return res.json as { id: string; ids: string[]; choices: { id: string; options: { id: string; label: string }[] }[] };
}

/** Runs a plan command as the signed-in person; the id of what it made (or changed) first. */
export async function command(page: Page, pid: string, cmd: Record<string, unknown>): Promise<string> {
  return (await api(page, 'POST', `/api/participants/${pid}/plan/commands`, { command: cmd })).ids[0] ?? '';
}

/** The PDF of the page as printed on `format` paper, as text: one string per page, spaces evened out. */
export async function printed(page: Page, format: 'A4' | 'Letter'): Promise<string[]> {
  const pdf = await page.pdf({ format });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' ').trim());
}
