import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { createCast, type TestApp } from '../../helpers/test-app.js';
import { eventually, newOpId, startLiveApp } from './live-fixtures.js';

/**
 * A client's mistakes on the live channel stay small: the answer to a bad message repeats only a
 * bounded part of it, and a client breaking the WebSocket framing rules is a warning in the log
 * with the close code, not an error with a stack.
 */
interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

let t: TestApp;
let baseUrl: string;
let cast: Awaited<ReturnType<typeof createCast>>;
const logged: LogLine[] = [];
const sockets: LiveTestClient[] = [];
const open = async () => {
  const c = await LiveTestClient.connect(baseUrl, cast.participant);
  sockets.push(c);
  return c;
};

beforeAll(async () => {
  const stream = { write: (line: string) => void logged.push(JSON.parse(line) as LogLine) };
  ({ t, baseUrl } = await startLiveApp({ logger: { level: 'info', stream } }));
  cast = await createCast(t);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

/** `count` made-up keys, each `"unknown_key_00042":0`, as one object's entries. */
const unknownKeys = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`unknown_key_${String(i).padStart(5, '0')}`, 0]));

describe('the answer to a bad message repeats little of it', () => {
  it('thousands of unknown keys: a short bad_message naming the first, and the socket carries on', async () => {
    const c = await open();
    const message = JSON.stringify({ type: 'ping', ...unknownKeys(2900) });
    expect(message.length).toBeGreaterThan(60_000);

    const reply = c.waitForNext('error');
    c.send(message);
    const error = await reply;
    expect(error).toMatchObject({ code: 'bad_message', field: 'unknown_key_00000' });
    expect(error.message).toContain('"unknown_key_00000"');
    expect(error.message).not.toContain('unknown_key_00003');
    expect(error.message.length).toBeLessThanOrEqual(200);
    expect(JSON.stringify(error).length).toBeLessThan(500);

    await c.sync();
    expect(c.closed).toBeUndefined();
  });

  it('unknown keys inside a command are named by their path, as briefly', async () => {
    const c = await open();
    const reply = c.waitForNext('error');
    c.send({
      type: 'command',
      participantId: cast.participant.me.id,
      clientOpId: newOpId(),
      command: { type: 'goal.create', title: 'Walk', lifeArea: 'health', ...unknownKeys(2500) },
    });
    const error = await reply;
    expect(error).toMatchObject({ code: 'bad_message', field: 'command.unknown_key_00000' });
    expect(JSON.stringify(error).length).toBeLessThan(500);
    expect(c.all('ack')).toEqual([]);
  });

  it('one enormous key is cut short wherever it would be repeated', async () => {
    const c = await open();
    const reply = c.waitForNext('error');
    c.send({ type: 'ping', ['k'.repeat(60_000)]: 1 });
    const error = await reply;
    expect(error.code).toBe('bad_message');
    expect(error.field?.length).toBeLessThanOrEqual(100);
    expect(error.message.length).toBeLessThanOrEqual(200);
  });
});

describe('a client breaking the protocol is a warning, not an error', () => {
  /** Writes a frame straight to the TCP connection, past ws's own checks. */
  const writeRaw = (c: LiveTestClient, frame: number[]) => {
    const tcp: unknown = Reflect.get(c.socket, '_socket');
    if (!(tcp instanceof Socket)) throw new Error('ws keeps its TCP socket elsewhere now');
    tcp.write(Buffer.from(frame));
  };

  it.each([
    {
      fault: 'a frame over 64 KiB',
      send: (c: LiveTestClient) => c.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(64 * 1024) })),
      closeCode: 1009,
      code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH',
    },
    {
      fault: 'invalid UTF-8 in a text frame',
      send: (c: LiveTestClient) => c.socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false }),
      closeCode: 1007,
      code: 'WS_ERR_INVALID_UTF8',
    },
    {
      fault: 'an unknown opcode',
      // FIN + opcode 3 (reserved), masked, empty payload, mask key 0.
      send: (c: LiveTestClient) => writeRaw(c, [0x83, 0x80, 0, 0, 0, 0]),
      closeCode: 1002,
      code: 'WS_ERR_INVALID_OPCODE',
    },
  ])(
    '$fault: closed with $closeCode, logged once as a warning with that code and no stack',
    async ({ send, closeCode, code }) => {
      const c = await open();
      const from = logged.length;
      send(c);
      expect((await c.waitForClose()).code).toBe(closeCode);

      // What the server logged for it at warning level or above: one warning, with the code.
      const lines = await eventually(() => {
        const found = logged.slice(from).filter((l) => l.level >= 40);
        expect(found.length).toBeGreaterThan(0);
        return found;
      });
      expect(lines).toEqual([
        expect.objectContaining({ level: 40, closeCode, code, msg: expect.stringContaining('protocol') }),
      ]);
      expect(lines[0]).not.toHaveProperty('err');
      expect(JSON.stringify(lines)).not.toMatch(/stack|at .*\.js:\d+/);
      // The live hub carries on.
      const other = await open();
      await other.sync();
    },
  );
});
