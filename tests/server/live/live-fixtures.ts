import type {
  CommandResult,
  ErrorBody,
  LiveServerMessage,
  LiveSession,
  PlanCommand,
  PlanEvent,
  PlanHistoryPage,
  PlanSnapshot,
} from '@alongside/shared';
import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import {
  createCast,
  createTestApp,
  type SignedInPerson,
  type TestApp,
  type TestAppOptions,
} from '../../helpers/test-app.js';

/** The real app on a fresh database, listening on a free port, so real sockets can connect. */
export async function startLiveApp(options: TestAppOptions = {}): Promise<{ t: TestApp; baseUrl: string }> {
  const t = await createTestApp(options);
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { t, baseUrl };
}

/**
 * For a test file: the live app with its cast, started before the file's tests; it and the
 * sockets the tests keep in `sockets` are closed after them.
 */
export function liveAppForFile() {
  let started: { t: TestApp; baseUrl: string; cast: Awaited<ReturnType<typeof createCast>> } | undefined;
  const sockets: LiveTestClient[] = [];
  beforeAll(async () => {
    const { t, baseUrl } = await startLiveApp();
    started = { t, baseUrl, cast: await createCast(t) };
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await started?.t.close();
  });
  return {
    sockets,
    get app() {
      if (!started) throw new Error('the live app starts in beforeAll');
      return started;
    },
  };
}

/** Connects and subscribes to a participant's plan; resolves once `subscribed` arrives. */
export async function connectAndSubscribe(
  baseUrl: string,
  person: SignedInPerson,
  participantId: string,
  lastSeq?: number,
): Promise<{ client: LiveTestClient; subscribed: Extract<LiveServerMessage, { type: 'subscribed' }> }> {
  const client = await LiveTestClient.connect(baseUrl, person);
  const subscribed = await subscribe(client, participantId, lastSeq);
  return { client, subscribed };
}

export async function subscribe(
  client: LiveTestClient,
  participantId: string,
  lastSeq?: number,
): Promise<Extract<LiveServerMessage, { type: 'subscribed' }>> {
  const next = client.waitForNext('subscribed', (m) => m.participantId === participantId);
  client.send({ type: 'subscribe', participantId, ...(lastSeq === undefined ? {} : { lastSeq }) });
  return next;
}

let opCounter = 0;
/** A fresh client operation id. */
export function newOpId(label = 'op'): string {
  opCounter += 1;
  return `${label}-${process.pid}-${opCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Sends a plan command over the socket (no waiting). */
export function sendCommand(client: LiveTestClient, participantId: string, command: PlanCommand, clientOpId: string) {
  client.send({ type: 'command', participantId, clientOpId, command });
}

/** Sends a command over the socket and waits for its ack or nack. */
export async function socketCommand(
  client: LiveTestClient,
  participantId: string,
  command: PlanCommand,
  clientOpId = newOpId(),
): Promise<Extract<LiveServerMessage, { type: 'ack' | 'nack' }>> {
  const answer = Promise.race([
    client.waitForNext('ack', (m) => m.clientOpId === clientOpId),
    client.waitForNext('nack', (m) => m.clientOpId === clientOpId),
  ]);
  sendCommand(client, participantId, command, clientOpId);
  return answer;
}

const planUrl = (participantId: string) => `/api/participants/${participantId}/plan`;

/** A command through REST (the same executor); fails the test unless it is accepted. */
export async function restCommand(
  t: TestApp,
  as: SignedInPerson,
  participantId: string,
  command: PlanCommand,
  clientOpId?: string,
): Promise<CommandResult> {
  const res = await t.request({
    method: 'POST',
    url: `${planUrl(participantId)}/commands`,
    as,
    body: { command, ...(clientOpId ? { clientOpId } : {}) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CommandResult>();
}

export async function restCommandRefused(
  t: TestApp,
  as: SignedInPerson,
  participantId: string,
  command: PlanCommand,
): Promise<{ status: number; body: ErrorBody }> {
  const res = await t.request({ method: 'POST', url: `${planUrl(participantId)}/commands`, as, body: { command } });
  expect(res.statusCode, res.body).not.toBe(200);
  return { status: res.statusCode, body: res.json<ErrorBody>() };
}

/** The whole event log of a plan, as the participant reads it. */
export async function historyOf(t: TestApp, as: SignedInPerson, participantId: string): Promise<PlanEvent[]> {
  const events: PlanEvent[] = [];
  let after = 0;
  for (;;) {
    const res = await t.request({
      method: 'GET',
      url: `${planUrl(participantId)}/history?after=${after}&limit=500`,
      as,
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<PlanHistoryPage>();
    events.push(...page.events);
    if (page.nextAfter === null) return events;
    after = page.nextAfter;
  }
}

export async function snapshotOf(t: TestApp, as: SignedInPerson, participantId: string): Promise<PlanSnapshot> {
  const res = await t.request({ method: 'GET', url: planUrl(participantId), as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PlanSnapshot>();
}

export const goal = (title: string): PlanCommand => ({ type: 'goal.create', title, lifeArea: 'community' });

/** Every event seq a socket has been sent for a participant, in arrival order. */
export function seqsReceived(client: LiveTestClient, participantId: string): number[] {
  return client
    .all('events')
    .filter((m) => m.participantId === participantId)
    .flatMap((m) => m.events.map((e) => e.seq));
}

/** Starts a session as the specialist (REST); fails the test unless it is created. */
export async function startSession(
  t: TestApp,
  specialist: SignedInPerson,
  participantId: string,
  mode: LiveSession['mode'] = 'in-person',
): Promise<LiveSession> {
  const res = await t.request({
    method: 'POST',
    url: '/api/live-sessions',
    as: specialist,
    body: { participantId, mode },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<LiveSession>();
}

/** Polls until `check` passes or `timeoutMs` runs out (for state only visible by asking). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000, everyMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}

/**
 * Runs requests "at the same moment". On PostgreSQL a second connection first takes `lockSql` (in
 * a transaction) and lets go only once `waiting` of the requests are blocked on it — so each has
 * passed its own checks before any of them writes, the worst interleaving, every time. PGlite has
 * one connection, so there the requests are simply sent together.
 */
export async function racing<T>(t: TestApp, lockSql: string, waiting: number, send: () => Promise<T>[]): Promise<T[]> {
  if (!t.testDb.url) return Promise.all(send());
  const locker = new pg.Client({ connectionString: t.testDb.url });
  await locker.connect();
  try {
    await locker.query('begin');
    await locker.query(lockSql);
    const answers = Promise.all(send());
    await eventually(async () => {
      // Inside a transaction the activity view is a snapshot unless it is cleared.
      await locker.query('select pg_stat_clear_snapshot()');
      const { rows } = await locker.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      );
      expect(rows[0]?.n).toBe(waiting);
    });
    await locker.query('rollback');
    return await answers;
  } finally {
    await locker.query('rollback').catch(() => undefined);
    await locker.end();
  }
}
