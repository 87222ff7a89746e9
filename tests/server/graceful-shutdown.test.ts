import { request as httpRequest, type IncomingMessage } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  publicUrl,
  type SignedInPerson,
  type TestApp,
} from '../helpers/test-app.js';

let t: TestApp;
let admin: SignedInPerson;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createOrganisation(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  // The test closed the app itself; only the database is left.
  await t.testDb.drop();
});

function readResponse(res: IncomingMessage): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      body += chunk;
    });
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body, setCookie: res.headers['set-cookie'] ?? [] }));
    res.on('error', reject);
  });
}

/** A GET on a new connection; resolves with the status, or the network error's code. */
function getOnNewConnection(path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      void readResponse(res).then((r) => resolve(r.status));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end();
  });
}

/** A raw connection, opened now, on which a request can be sent later; resolves with all it received. */
async function openConnection(): Promise<{ send(request: string): Promise<string> }> {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString();
  });
  socket.on('error', () => undefined);
  const closed = new Promise((resolve) => socket.once('close', resolve));
  return {
    async send(request) {
      socket.write(request);
      await closed;
      return received;
    },
  };
}

describe('graceful shutdown', () => {
  it('a request in flight when shutdown starts completes; new ones get 503 or no connection; then it closes', async () => {
    expect(await getOnNewConnection('/api/health')).toBe(200);

    // A sign-in (argon2, a database write) whose body is still arriving when shutdown starts.
    const body = JSON.stringify({ email: admin.email, password: admin.password });
    const half = Math.floor(body.length / 2);
    const arrived = new Promise<void>((resolve) => t.app.server.once('request', () => resolve()));
    const inFlight = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/auth/sign-in',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), origin: publicUrl },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      inFlight.on('response', resolve);
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, half));
    await arrived;
    // A browser's spare connection, open but not yet used.
    const spare = await openConnection();

    let closed = false;
    const closing = t.app.close().then(() => {
      closed = true;
    });
    while (t.app.server.listening) await new Promise((r) => setTimeout(r, 5));

    // No new connections are accepted…
    expect(await getOnNewConnection('/api/health')).toBe('ECONNREFUSED');
    // …and a new request on an already open connection gets a 503 in the usual shape, then the connection closes.
    const raw = await spare.send('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const [head = '', answer = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head.toLowerCase()).toContain('retry-after: ');
    expect(JSON.parse(answer)).toMatchObject({ error: 'shutting_down', requestId: expect.any(String) });
    expect(closed).toBe(false);

    // The request that was already in flight is answered in full.
    inFlight.end(body.slice(half));
    const res = await readResponse(await answered);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ email: admin.email, role: 'admin' });
    expect(res.setCookie.join(';')).toContain('alongside_session=');

    await closing;
    expect(closed).toBe(true);
  });
});
