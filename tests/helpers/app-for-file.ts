import { afterAll, beforeAll } from 'vitest';
import type { TestApp } from './test-app.js';

/**
 * For a test file whose tests share one app: `start` runs before the file's tests and the app it
 * made is closed after them. Answers a getter for what `start` made (it throws if read too early).
 */
export function appForFile<T extends { t: TestApp }>(start: () => Promise<T>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.t.close();
  });
  return () => {
    if (!started) throw new Error('the app starts in beforeAll');
    return started;
  };
}
