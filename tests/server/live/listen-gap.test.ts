import type { CommandResult } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppBehindProxy, startAppBehindProxy, watchForCrashes } from '../../helpers/database-outage.js';
import { sendCommand } from '../../helpers/plan-api.js';
import { testDatabaseKind } from '../../helpers/test-database.js';
import { connectAndSubscribe, goal } from './live-fixtures.js';

/**
 * A notification sent while an instance's LISTEN connection is down is lost, not kept. A plan change
 * made on another instance in that gap must still reach this instance's sockets once it listens
 * again — read from the log — not wait for the plan's next change.
 * PostgreSQL only: PGlite runs inside the process, so there is no connection to lose.
 */
const onPostgres = testDatabaseKind === 'postgres';
let s: AppBehindProxy;
const crashes = watchForCrashes();

beforeAll(async () => {
  if (onPostgres) s = await startAppBehindProxy(1);
});
afterAll(async () => {
  crashes.stop();
  await s?.close();
});

describe('the LISTEN gap (PostgreSQL only)', () => {
  it.skipIf(!onPostgres)(
    'a change made on another instance while this one could not listen reaches its sockets once it listens again',
    async () => {
      const [person] = s.participants;
      if (!person) throw new Error('no participant');
      const { client: here } = await connectAndSubscribe(s.baseUrl, person, person.me.id);

      // This instance loses the database (its LISTEN connection included) and cannot reconnect yet.
      s.proxy.cut();
      const made = await sendCommand(s.steady, person, person.me.id, goal('Made while the other could not listen'));
      expect(made.statusCode, made.body).toBe(200);
      const { seq } = made.json<CommandResult>();

      // The database is reachable again: nothing else changes in the plan, yet the event arrives.
      await s.proxy.start();
      const events = await here.waitFor('events', (m) => m.events.some((e) => e.seq === seq), 10_000);
      expect(events.events.filter((e) => e.seq === seq)).toHaveLength(1);
      here.close();
      expect(crashes.errors).toEqual([]);
    },
    30_000,
  );
});
