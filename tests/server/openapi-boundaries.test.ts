import { type CommandResult, type LiveSession, type SessionNote, zErrorBody } from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseValue,
  casesOf,
  type Known,
  knownFromPlan,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  setAt,
  unboundedIntegers,
} from '../helpers/openapi-cases.js';
import { readHistory } from '../helpers/plan-api.js';
import { createPlanFixture } from '../helpers/plan-fixtures.js';
import { createCast, createTestApp, type SignedInPerson, type TestApp } from '../helpers/test-app.js';

/**
 * Every operation of the OpenAPI document, as every role, with each path parameter, query
 * parameter and body field at and past the edges of its schema, and with bodies malformed as a
 * whole. Whatever comes in: never a 5xx, never a code of Fastify's, always the one error shape,
 * and a 400/413/414/415 names the field. Field by field only where the role gets past the access
 * check (elsewhere the check answers first, whatever the fields say).
 */
let t: TestApp;
let ops: Operation[];
let known: Known;
const roleNames = ['signed out', 'participant', 'specialist', 'supervisor', 'admin'] as const;
let people: Record<(typeof roleNames)[number], SignedInPerson | undefined>;
let participantId: string;

beforeAll(async () => {
  t = await createTestApp();
  const cast = await createCast(t);
  participantId = cast.participant.me.id;
  const fx = await createPlanFixture(t, cast.participant, cast.specialist);
  const session = await t.request({
    method: 'POST',
    url: '/api/live-sessions',
    as: cast.specialist,
    body: { participantId, mode: 'phone' },
  });
  const liveSessionId = session.json<LiveSession>().id;
  await t.request({ method: 'POST', url: `/api/live-sessions/${liveSessionId}/end`, as: cast.specialist });
  const note = await t.request({
    method: 'POST',
    url: `/api/live-sessions/${liveSessionId}/note`,
    as: cast.specialist,
    body: { workedOn: 'Mornings', chosen: 'A walk', nextSteps: 'Tuesday' },
  });
  const invitation = await t.request({
    method: 'POST',
    url: '/api/invitations',
    as: cast.admin,
    body: { email: 'pending@example.org', role: 'supervisor' },
  });
  const partnerships = await t.request({ method: 'GET', url: '/api/partnerships', as: cast.admin });
  const sessions = await t.request({ method: 'GET', url: '/api/auth/sessions', as: cast.admin });
  known = {
    participantId,
    specialistId: cast.specialist.me.id,
    userId: cast.supervisor.me.id,
    ...knownFromPlan(fx),
    liveSessionId,
    noteId: note.json<SessionNote>().id,
    invitationId: invitation.json<{ invitation: { id: string } }>().invitation.id,
    partnershipId: partnerships.json<{ partnerships: { id: string }[] }>().partnerships[0]?.id,
    sessionId: sessions.json<{ sessions: { id: string }[] }>().sessions[0]?.id,
    language: 'en',
    before: '1',
    email: 'someone@example.org',
    clientOpId: () => `op-${crypto.randomUUID()}`,
  };
  people = {
    'signed out': undefined,
    participant: cast.participant,
    specialist: cast.specialist,
    supervisor: cast.supervisor,
    admin: cast.admin,
  };
  const doc = await t.request({ method: 'GET', url: '/api/docs/json' });
  ops = operationsOf(doc.json<OpenApiDocument>());
});
afterAll(async () => {
  await t.close();
});

interface Probe {
  label: string;
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

function urlOf(op: Operation, params: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    name in params ? String(params[name]) : encodeURIComponent(String(known[name] ?? crypto.randomUUID())),
  );
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return search ? `${path}?${search}` : path;
}

const baseQuery = (op: Operation) =>
  Object.fromEntries(Object.entries(op.query).map(([name, s]) => [name, baseValue(s, name, known)]));
const isJson = (op: Operation) => op.body?.contentType === 'application/json';
const jsonProbe = (op: Operation, label: string, value: unknown): Probe => ({
  label,
  method: op.method,
  url: urlOf(op, {}, baseQuery(op)),
  body: JSON.stringify(value),
  contentType: 'application/json',
});

/** Requests wrong as a whole: their path, or a body no parser or schema takes. */
function wholeRequestProbes(op: Operation): Probe[] {
  const probes: Probe[] = op.pathParams.flatMap((p) =>
    ['f'.repeat(101), '%FF%FE', 'not-a-uuid', '00000000-0000-0000-0000-000000000000'].map((value) => ({
      label: `path ${p}=${value.slice(0, 12)}`,
      method: op.method,
      url: urlOf(op, { [p]: value }, baseQuery(op)),
      // With a valid body, so that the path is what the answer is about.
      ...(op.body && isJson(op)
        ? { body: JSON.stringify(baseValue(op.body.schema, 'body', known)), contentType: 'application/json' }
        : {}),
    })),
  );
  if (op.method === 'GET') {
    if (Object.keys(op.query).length > 0)
      probes.push({ label: 'unknown query', method: 'GET', url: urlOf(op, {}, { ...baseQuery(op), zzz: 1 }) });
    return probes;
  }
  const url = urlOf(op);
  // Refused before any handler runs, so they are safe on operations that take no body.
  probes.push(
    { label: 'invalid JSON', method: op.method, url, body: '{"a": ', contentType: 'application/json' },
    { label: 'empty JSON', method: op.method, url, body: '', contentType: 'application/json' },
    { label: 'unknown content type', method: op.method, url, body: 'x', contentType: 'application/x-unknown' },
  );
  if (op.body) {
    for (const body of ['[]', 'null', '{"__proto__": {"admin": true}}']) {
      probes.push({ label: `body ${body}`, method: op.method, url, body, contentType: 'application/json' });
    }
  }
  return probes;
}

/** A request that passes the access check only: an unknown key the strict schemas refuse. */
function accessProbe(op: Operation): Probe | undefined {
  if (op.body)
    return isJson(op)
      ? jsonProbe(op, 'access', setAt(baseValue(op.body.schema, 'body', known), ['zzz'], 1))
      : jsonProbe(op, 'access', {});
  if (Object.keys(op.query).length > 0)
    return { label: 'access', method: op.method, url: urlOf(op, {}, { ...baseQuery(op), zzz: 1 }) };
  return undefined;
}

/** Each query parameter and body field at and past its edges. */
function fieldProbes(op: Operation): Probe[] {
  const query = baseQuery(op);
  const probes: Probe[] = Object.entries(op.query).flatMap(([name, schema]) =>
    casesOf(schema, name, known).map((c) => ({
      label: `query ${name}=${JSON.stringify(c.value)?.slice(0, 20)}`,
      method: op.method,
      url: urlOf(op, {}, { ...query, [name]: c.value }),
    })),
  );
  if (op.body && isJson(op)) {
    const schema = op.body.schema;
    for (const c of casesOf(schema, 'body', known)) {
      // A fresh base for each: its operation id must not be one an earlier request used.
      const body = setAt(baseValue(schema, 'body', known), c.at, c.value);
      probes.push(jsonProbe(op, `body ${c.at.join('.') || '(whole)'}=${JSON.stringify(c.value)?.slice(0, 20)}`, body));
    }
  }
  return probes;
}

function send(as: SignedInPerson | undefined, p: Probe): Promise<LightMyRequestResponse> {
  return t.request({
    method: p.method as 'GET',
    url: p.url,
    as,
    ...(p.body === undefined ? {} : { body: p.body }),
    ...(p.contentType ? { headers: { 'content-type': p.contentType } } : {}),
  });
}

/** What is wrong with an answer, or undefined when it is as it must be. */
function fault(res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 200)}`;
  if (/FST_|node_modules|\.[jt]s:\d+|violates|relation "|syntax error at/i.test(res.body))
    return `leak: ${res.body.slice(0, 200)}`;
  if (res.statusCode < 400) return undefined;
  const parsed = zErrorBody.safeParse(JSON.parse(res.body || 'null'));
  if (!parsed.success) return `not the error shape: ${res.body.slice(0, 200)}`;
  const { error, requestId, field } = parsed.data;
  if (!/^[a-z]+(_[a-z0-9]+)*$/.test(error)) return `code ${error}`;
  if (requestId !== res.headers['x-request-id']) return 'request id differs from x-request-id';
  if ([400, 413, 414, 415].includes(res.statusCode) && !field) return `${res.statusCode} ${error} names no field`;
  return undefined;
}

/** Sends the probes a few at a time; returns the faults found, each with its request, and the answers. */
async function run(as: SignedInPerson | undefined, probes: Probe[]) {
  const faults: string[] = [];
  const answers: [Probe, LightMyRequestResponse][] = [];
  for (let i = 0; i < probes.length; i += 16) {
    const batch = probes.slice(i, i + 16);
    const results = await Promise.all(batch.map((p) => send(as, p)));
    results.forEach((res, j) => {
      const p = batch[j] as Probe;
      answers.push([p, res]);
      const wrong = fault(res);
      if (wrong) faults.push(`${p.method} ${p.url.slice(0, 90)} [${p.label}] → ${wrong}`);
    });
  }
  return { faults, answers };
}

describe('every operation of the OpenAPI document at the edges of its input', () => {
  it('takes no integer its column cannot hold', () => {
    expect(ops.length).toBeGreaterThan(80);
    expect(ops.flatMap(unboundedIntegers)).toEqual([]);
  });

  it.each(roleNames)(
    'as %s: no 5xx, no framework code, the one error shape, and accepted commands are logged once',
    async (role) => {
      const as = people[role];
      const probes = ops.flatMap(wholeRequestProbes);
      // Field by field only where this role gets past the access check; public operations only signed out.
      const passes = async (who: SignedInPerson | undefined, probe: Probe) => {
        const res = await send(who, probe);
        return res.statusCode === 400 && res.json().error === 'validation_failed';
      };
      for (const op of ops) {
        const probe = accessProbe(op);
        if (!probe) continue;
        const isPublic = role !== 'signed out' && (await passes(undefined, probe));
        if (!isPublic && (await passes(as, probe))) probes.push(...fieldProbes(op));
      }
      const eventsBefore = (await readHistory(t, people.participant, participantId)).length;
      const { faults, answers } = await run(as, probes);
      expect(faults).toEqual([]);
      // A refused command changed nothing: the log grew by exactly the commands acknowledged.
      const acknowledged = new Set(
        answers
          .filter(([p, res]) => p.url.includes('/plan/commands') && res.statusCode === 200)
          .map(([, res]) => res.json<CommandResult>().seq),
      );
      expect((await readHistory(t, people.participant, participantId)).length - eventsBefore).toBe(acknowledged.size);
    },
    // Two thousand requests on a machine shared with other work: more than the suite's usual 30 s.
    120_000,
  );
});
