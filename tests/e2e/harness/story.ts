import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newPerson, type Person } from './browser.js';
import { type RunningServer, type ServerOptions, startServer } from './server.js';

export interface Story {
  /** The app this file's story runs against (started before the first test). */
  readonly server: RunningServer;
  /** A new person in their own browser context. */
  person(name: string, options?: Parameters<typeof newPerson>[2]): Promise<Person>;
  /** Every page error, console error and failed request any of them met. */
  problems(): string[];
}

/**
 * One end-to-end story per file: its own server and browser, started before the first test and
 * stopped after the last, and the people it opens, so the story can check at its end that none
 * of them met an error.
 */
export function story(options: ServerOptions = {}): Story {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const people: Person[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts before the first test');
      return server;
    },
    async person(name, options) {
      if (!browser) throw new Error('the browser starts before the first test');
      const p = await newPerson(browser, name, options);
      people.push(p);
      return p;
    },
    problems: () => people.flatMap((p) => p.problems),
  };
}
