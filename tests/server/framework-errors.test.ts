import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { zErrorBody } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../helpers/test-app.js';

/**
 * Errors raised by the framework rather than by our code — the router, the body parsers, Node's
 * HTTP parser, the websocket handshake — leave in the product's one shape with a code of ours:
 * never Fastify's `FST_ERR_*`, its wording, or a bare text answer.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

/** The body is the one error shape, with its request id in the header too and nothing of Fastify's. */
function expectOneShape(status: number, headers: Record<string, unknown>, text: string, want: Record<string, unknown>) {
  expect(text).not.toMatch(/FST_|statusCode|node_modules|\.[jt]s:\d/);
  const body = zErrorBody.strict().parse(JSON.parse(text));
  expect(body).toMatchObject(want);
  expect(body.requestId).toBe(headers['x-request-id']);
  return { status, body };
}

const signedOut = undefined;

describe('the CSV import sent as something other than CSV', () => {
  it.each([
    ['malformed JSON', '{"name": ', 'application/json'],
    ['an empty JSON body', '', 'application/json'],
  ])('%s is a 400 invalid_json naming the body, signed out or not', async (_label, body, type) => {
    for (const as of [signedOut, cast.participant, cast.admin]) {
      const res = await t.request({
        method: 'POST',
        url: '/api/resources/import.csv',
        as,
        body,
        headers: { 'content-type': type },
      });
      expect(res.statusCode, res.body).toBe(400);
      expectOneShape(res.statusCode, res.headers, res.body, { error: 'invalid_json', field: 'body' });
    }
  });

  it.each([['{}'], ['[]'], ['null'], ['42']])(
    'JSON that is no text (%s) is refused: 401/403 to others, 400 naming the body to an admin',
    async (json) => {
      const answers: [SignedInPerson | undefined, number, string][] = [
        [signedOut, 401, 'unauthenticated'],
        [cast.participant, 403, 'forbidden'],
        [cast.admin, 400, 'validation_failed'],
      ];
      for (const [as, status, error] of answers) {
        const res = await t.request({
          method: 'POST',
          url: '/api/resources/import.csv',
          as,
          body: json,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, res.body).toBe(status);
        expectOneShape(res.statusCode, res.headers, res.body, { error, ...(status === 400 ? { field: 'body' } : {}) });
      }
    },
  );
});

describe('the router', () => {
  it('an address that cannot be decoded is a 400 invalid_path naming the path', async () => {
    for (const url of ['/api/resources/%FF%FE', '/api/participants/%E0%A4%A/plan']) {
      const res = await t.request({ method: 'GET', url, as: cast.admin });
      expect(res.statusCode, url).toBe(400);
      expectOneShape(res.statusCode, res.headers, res.body, { error: 'invalid_path', field: 'path' });
    }
  });

  it('a path parameter over 100 characters is a 414 path_too_long naming the path', async () => {
    const res = await t.request({ method: 'DELETE', url: `/api/resources/${'a'.repeat(101)}`, as: cast.admin });
    expect(res.statusCode).toBe(414);
    expectOneShape(res.statusCode, res.headers, res.body, { error: 'path_too_long', field: 'path' });
  });

  it('the live channel’s address fetched without an upgrade is a 404 in the usual shape', async () => {
    const res = await t.request({ method: 'GET', url: '/api/live', as: cast.participant });
    expect(res.statusCode).toBe(404);
    expectOneShape(res.statusCode, res.headers, res.body, { error: 'not_found' });
  });
});

describe('the body parsers', () => {
  it('a body of a type the address does not take is a 415 naming the content type', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      body: 'email=a@b.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(415);
    expectOneShape(res.statusCode, res.headers, res.body, { error: 'unsupported_media_type', field: 'content-type' });
  });

  it('a body over the limit is a 413 naming the body', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/auth/me',
      as: cast.participant,
      body: JSON.stringify({ name: 'x'.repeat(300 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expectOneShape(res.statusCode, res.headers, res.body, { error: 'body_too_large', field: 'body' });
  });
});

/** A GET over a real connection (a websocket handshake needs one), with the answer's status and body. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ res: IncomingMessage; text: string }> {
  return new Promise((resolve, reject) => {
    // A connection of its own: the server closes an upgrade request's connection after refusing it.
    const req = httpRequest(`${baseUrl}${path}`, {
      agent: false,
      headers: { origin: 'http://alongside.test', ...headers },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () => resolve({ res, text }));
    });
    req.on('upgrade', () => reject(new Error('the handshake was accepted')));
    req.on('error', reject);
    req.end();
  });
}

describe('the websocket handshake', () => {
  const handshake = {
    connection: 'Upgrade',
    upgrade: 'websocket',
    'sec-websocket-version': '13',
    'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
  };

  it.each([
    ['sec-websocket-key', { 'sec-websocket-key': 'too-short' }],
    ['sec-websocket-version', { 'sec-websocket-version': '99' }],
    ['sec-websocket-protocol', { 'sec-websocket-protocol': 'a, a' }],
    ['upgrade', { upgrade: 'h2c' }],
  ])('a handshake `ws` would refuse is a 400 invalid_upgrade naming %s', async (field, bad) => {
    const cookie = `alongside_session=${cast.participant.cookie}`;
    const { res, text } = await rawGet('/api/live', { ...handshake, ...bad, cookie });
    expect(res.statusCode, text).toBe(400);
    expectOneShape(400, res.headers, text, { error: 'invalid_upgrade', field });
  });

  it('signed out, the same bad handshake only says to sign in', async () => {
    const { res, text } = await rawGet('/api/live', { ...handshake, 'sec-websocket-key': 'x' });
    expect(res.statusCode).toBe(401);
    expectOneShape(401, res.headers, text, { error: 'unauthenticated' });
  });
});

describe('requests Node’s HTTP parser cannot read', () => {
  /** Writes `raw` to a new connection and resolves with everything the server answers. */
  function rawExchange(raw: string): Promise<string> {
    const { port } = new URL(baseUrl);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(raw));
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString();
      });
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
  }

  function parse(answer: string) {
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    const [statusLine = '', ...lines] = head.split('\r\n');
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    return { status: Number(statusLine.split(' ')[1]), headers, body };
  }

  it('a malformed request line is a 400 bad_request', async () => {
    const { status, headers, body } = parse(await rawExchange('NOT HTTP AT ALL\r\n\r\n'));
    expect(status).toBe(400);
    expectOneShape(status, headers, body, { error: 'bad_request', field: 'request' });
  });

  it('headers over the limit are a 431 headers_too_large', async () => {
    const { status, headers, body } = parse(
      await rawExchange(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
    );
    expect(status).toBe(431);
    expectOneShape(status, headers, body, { error: 'headers_too_large', field: 'headers' });
  });
});
