import { int4Max, type LiveServerMessage } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveTestClient } from '../../helpers/live-client.js';
import {
  baseValue,
  casesOf,
  type JsonSchema,
  type Known,
  knownFromPlan,
  type OpenApiDocument,
  operationsOf,
  setAt,
} from '../../helpers/openapi-cases.js';
import { readHistory } from '../../helpers/plan-api.js';
import { createPlanFixture } from '../../helpers/plan-fixtures.js';
import { createCast, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { connectAndSubscribe, newOpId, startLiveApp } from './live-fixtures.js';

/**
 * The same edges over the live socket: every date and integer of every plan command (taken from
 * the commands' own routes in the OpenAPI document), and `lastSeq` on subscribe. Each is answered
 * as the protocol says — an `error` naming the field, a nack below 500, or an ack — the socket
 * stays open, and the plan's log grows by exactly the commands acknowledged.
 */
let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
let pid: string;
let commands: { type: string; schema: JsonSchema }[];
let known: Known;

beforeAll(async () => {
  // Production limits would close a socket after ten bad messages a minute; here every one must be answered.
  ({ t, baseUrl } = await startLiveApp({
    live: { limits: { burst: 100_000, perSecond: 100_000, maxStrikesPerMinute: 100_000 } },
  }));
  cast = await createCast(t);
  pid = cast.participant.me.id;
  const fx = await createPlanFixture(t, cast.participant, cast.specialist);
  known = knownFromPlan(fx);
  const doc = (await t.request({ method: 'GET', url: '/api/docs/json' })).json<OpenApiDocument>();
  commands = operationsOf(doc).flatMap((op) => {
    const type = /\/plan\/commands\/(.+)$/.exec(op.path)?.[1];
    return type && op.body ? [{ type, schema: op.body.schema }] : [];
  });
});
afterAll(async () => {
  await t.close();
});

const datesAndIntegers = (leaf: JsonSchema) => leaf.type === 'integer' || leaf.format === 'date';

/** Sends one message and resolves with what answers it: an ack or nack for `clientOpId`, or an error. */
function answerTo(client: LiveTestClient, message: Record<string, unknown>, clientOpId?: string) {
  const mine = (m: { clientOpId: string }) => m.clientOpId === clientOpId;
  const answer = Promise.race<LiveServerMessage>([
    client.waitForNext('error'),
    ...(clientOpId ? [client.waitForNext('ack', mine), client.waitForNext('nack', mine)] : []),
    ...(message.type === 'subscribe' ? [client.waitForNext('subscribed')] : []),
  ]);
  client.send(message);
  return answer;
}

/** What is wrong with an answer, or undefined. */
function fault(answer: LiveServerMessage, client: LiveTestClient): string | undefined {
  if (client.closed) return `socket closed ${client.closed.code}`;
  if (answer.type === 'nack' && answer.status >= 500) return `nack ${answer.status} ${answer.error.code}`;
  if (answer.type === 'nack' && answer.status === 400 && !answer.error.field) return `nack 400 names no field`;
  if (answer.type === 'error' && (answer.code !== 'bad_message' || !answer.field))
    return `error ${answer.code} ${answer.field}`;
  return undefined;
}

describe('dates and integers at their edges over the live socket', () => {
  it.each(['participant', 'specialist'] as const)(
    'as the %s: every command answered, none a 5xx, the log grows only by acks',
    async (role) => {
      const person: SignedInPerson = cast[role];
      const { client } = await connectAndSubscribe(baseUrl, person, pid);
      const before = (await readHistory(t, cast.participant, pid)).length;
      const faults: string[] = [];
      const acked = new Set<number>();
      let sent = 0;
      for (const { type, schema } of commands) {
        for (const c of casesOf(schema, 'command', known, datesAndIntegers)) {
          const { clientOpId: _unused, ...fields } = setAt(
            baseValue(schema, 'command', known),
            c.at,
            c.value,
          ) as Record<string, unknown>;
          const clientOpId = newOpId('edge');
          const answer = await answerTo(
            client,
            { type: 'command', participantId: pid, clientOpId, command: { type, ...fields } },
            clientOpId,
          );
          sent += 1;
          const wrong = fault(answer, client);
          if (wrong) faults.push(`${type} ${c.at.join('.')}=${JSON.stringify(c.value)?.slice(0, 40)} → ${wrong}`);
          if (answer.type === 'ack') acked.add(answer.seq);
        }
      }
      expect(sent).toBeGreaterThan(100);
      expect(faults).toEqual([]);
      expect((await readHistory(t, cast.participant, pid)).length - before).toBe(acked.size);
      client.close();
    },
  );

  it('subscribe with lastSeq at and past int4 is answered, an out-of-range one naming lastSeq', async () => {
    const { client } = await connectAndSubscribe(baseUrl, cast.participant, pid);
    for (const lastSeq of [0, int4Max, int4Max + 1, 2 ** 53, -1, 1.5, '1']) {
      const answer = await answerTo(client, { type: 'subscribe', participantId: pid, lastSeq });
      const valid = typeof lastSeq === 'number' && Number.isInteger(lastSeq) && lastSeq >= 0 && lastSeq <= int4Max;
      expect(answer, String(lastSeq)).toMatchObject(
        valid ? { type: 'subscribed' } : { type: 'error', code: 'bad_message', field: 'lastSeq' },
      );
    }
    expect(client.closed).toBeUndefined();
    client.close();
  });
});
