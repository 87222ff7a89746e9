import type { AccessLogEntry, PlanCommandType, SessionNote } from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftNote, endedSession as endedSessionWith } from '../helpers/note-fixtures.js';
import { type OpenApiDocument, type Operation, operationsOf } from '../helpers/openapi-cases.js';
import { createPlanCast, type PlanCast } from '../helpers/plan-actors.js';
import { readAccessLog, readPlan, sendCommand, sendTypedCommand } from '../helpers/plan-api.js';
import { createPlanFixture, validCommands } from '../helpers/plan-fixtures.js';
import { createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../helpers/test-app.js';

/**
 * "The log must never say something happened that did not." Every write operation on notes and
 * plans in the OpenAPI document — found there, so a new route cannot escape — is sent by people
 * who may not make it (no role, no partnership, not the author, not the person) and by someone who
 * may. A refusal leaves exactly one `denied` row in the person's log and no `allowed` one; a change
 * that happened leaves an `allowed` row.
 */
let t: TestApp;
let cast: PlanCast;
/** A second specialist in an active partnership with the participant: a partner, not the author. */
let colleague: SignedInPerson;
let pid: string;
let writes: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  cast = await createPlanCast(t);
  pid = cast.participant.me.id;
  colleague = await invitePerson(t, cast.admin, 'specialist', { name: 'Cam Colleague' });
  const partnered = await t.request({
    method: 'POST',
    url: '/api/partnerships',
    as: cast.admin,
    body: { specialistId: colleague.me.id, participantId: pid },
  });
  expect(partnered.statusCode).toBe(201);
  const doc = (await t.request({ method: 'GET', url: '/api/docs/json' })).json<OpenApiDocument>();
  writes = operationsOf(doc).filter(
    (op) => op.method !== 'GET' && (/\/plan(\/|$)/.test(op.path) || /\/notes?(\/|$)/.test(op.path)),
  );
});
afterAll(async () => {
  await t.close();
});

const by = (person: SignedInPerson) => ({ id: person.me.id, name: person.me.name, role: person.me.role });

/** Sends `act`, checks its status, and returns the rows it added to the participant's log. */
async function rowsAddedBy(act: () => Promise<LightMyRequestResponse>, status: number): Promise<AccessLogEntry[]> {
  const before = new Set((await readAccessLog(t, cast.participant)).map((e) => e.id));
  const res = await act();
  expect(res.statusCode, res.body).toBe(status);
  return (await readAccessLog(t, cast.participant)).filter((e) => !before.has(e.id));
}

async function expectRefusedAndLogged(who: SignedInPerson, status: number, act: () => Promise<LightMyRequestResponse>) {
  const added = await rowsAddedBy(act, status);
  expect(added.filter((e) => e.outcome === 'allowed')).toEqual([]);
  expect(added).toMatchObject([{ actor: by(who), outcome: 'denied' }]);
}

async function expectAllowedAndLogged(who: SignedInPerson, status: number, act: () => Promise<LightMyRequestResponse>) {
  const added = await rowsAddedBy(act, status);
  expect(added.filter((e) => e.actor.id === who.me.id && e.outcome === 'allowed').length).toBeGreaterThan(0);
  expect(added.filter((e) => e.outcome === 'denied')).toEqual([]);
}

/** The outsiders every write refuses with 404: no role for it, or no partnership with the person. */
const outsiders = () => [cast.supervisor, cast.admin, cast.unpartnered, cast.neighbour];

describe('every plan write', () => {
  const specialistOnly: readonly PlanCommandType[] = ['suggestion.create', 'suggestion.withdraw'];

  /** Who, among the partners, may not send a command: the person decides; suggestions are the specialist's. */
  function refusingPartners(type: PlanCommandType): SignedInPerson[] {
    if (type === 'suggestion.withdraw') return [cast.participant, colleague];
    if (specialistOnly.includes(type)) return [cast.participant];
    // A check-in outside a live session, and everything else the person alone may do.
    return [cast.specialist, colleague];
  }

  it('is in the OpenAPI document as a route per command type and one generic route', () => {
    const plan = writes.filter((op) => op.path.includes('/plan/'));
    expect(plan.length).toBeGreaterThan(25);
    expect(plan.every((op) => /\/plan\/commands(\/[a-z.-]+)?$/.test(op.path))).toBe(true);
  });

  it('refused — by outsiders and by the partner it is not for — is logged as denied and never allowed', async () => {
    const fx = await createPlanFixture(t, cast.participant, cast.specialist);
    for (const op of writes.filter((o) => o.path.includes('/plan/'))) {
      const commands = validCommands(fx, await readPlan(t, cast.participant, pid));
      const type = (op.path.split('/commands/')[1] ?? 'goal.set-status') as PlanCommandType;
      const command = commands[type];
      const send = (who: SignedInPerson) => () =>
        op.path.endsWith('/commands') ? sendCommand(t, who, pid, command) : sendTypedCommand(t, who, pid, command);
      for (const who of outsiders()) await expectRefusedAndLogged(who, 404, send(who));
      for (const who of refusingPartners(type)) await expectRefusedAndLogged(who, 403, send(who));
    }
  }, 240_000);

  it('allowed — by whoever may make it — is logged as allowed', async () => {
    for (const op of writes.filter((o) => o.path.includes('/plan/'))) {
      // A fresh fixture each time: an allowed command may delete what the next one needs.
      const fx = await createPlanFixture(t, cast.participant, cast.specialist);
      const type = (op.path.split('/commands/')[1] ?? 'goal.create') as PlanCommandType;
      const command = validCommands(fx, await readPlan(t, cast.participant, pid))[type];
      const who = specialistOnly.includes(type) ? cast.specialist : cast.participant;
      await expectAllowedAndLogged(who, 200, () =>
        op.path.endsWith('/commands') ? sendCommand(t, who, pid, command) : sendTypedCommand(t, who, pid, command),
      );
    }
  }, 240_000);
});

describe('every note write', () => {
  const endedSession = () => endedSessionWith(t, cast.specialist, cast.participant);

  async function draftedNote(locked = false): Promise<SessionNote> {
    const note = await draftNote(t, cast.specialist, cast.participant);
    if (!locked) return note;
    const signed = await t.request({
      method: 'POST',
      url: `/api/notes/${note.id}/respond`,
      as: cast.participant,
      body: { version: note.version, response: 'co-signed' },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    return signed.json<SessionNote>();
  }

  interface NoteCase {
    /** Makes what the write applies to; returns its URL and body. */
    target(): Promise<{ url: string; body: unknown }>;
    /** Partners who may not make this write, and the status they get. */
    refusedPartners: () => [SignedInPerson, number][];
    allowed: () => SignedInPerson;
  }
  /** Keyed by the OpenAPI path: a note write without a case here fails the first test. */
  const cases: Record<string, NoteCase> = {
    'POST /api/live-sessions/{liveSessionId}/note': {
      target: async () => ({
        url: `/api/live-sessions/${await endedSession()}/note`,
        body: { workedOn: 'Evenings', chosen: 'Calls', nextSteps: 'Friday' },
      }),
      refusedPartners: () => [
        [cast.participant, 403],
        [colleague, 404],
      ],
      allowed: () => cast.specialist,
    },
    'PATCH /api/notes/{noteId}': {
      target: async () => {
        const note = await draftedNote();
        return { url: `/api/notes/${note.id}`, body: { version: note.version, workedOn: 'Mornings and sleep' } };
      },
      refusedPartners: () => [
        [cast.participant, 403],
        [colleague, 403],
      ],
      allowed: () => cast.specialist,
    },
    'PUT /api/notes/{noteId}/participant-view': {
      target: async () => {
        const note = await draftedNote();
        return { url: `/api/notes/${note.id}/participant-view`, body: { version: note.version, view: 'Mostly' } };
      },
      refusedPartners: () => [
        [cast.specialist, 403],
        [colleague, 403],
      ],
      allowed: () => cast.participant,
    },
    'POST /api/notes/{noteId}/respond': {
      target: async () => {
        const note = await draftedNote();
        return { url: `/api/notes/${note.id}/respond`, body: { version: note.version, response: 'co-signed' } };
      },
      refusedPartners: () => [
        [cast.specialist, 403],
        [colleague, 403],
      ],
      allowed: () => cast.participant,
    },
    'POST /api/notes/{noteId}/amendments': {
      target: async () => ({ url: `/api/notes/${(await draftedNote(true)).id}/amendments`, body: { text: 'Also' } }),
      // Nothing for partners to be refused on a signed note; amending a draft is refused (409).
      refusedPartners: () => [],
      allowed: () => cast.participant,
    },
  };

  const noteWrites = () => writes.filter((op) => !op.path.includes('/plan/'));
  const keyOf = (op: Operation) => `${op.method} ${op.path}`;

  it('every note write in the OpenAPI document has a case here', () => {
    expect(noteWrites().length).toBeGreaterThanOrEqual(5);
    expect(
      noteWrites()
        .map(keyOf)
        .filter((k) => !cases[k]),
    ).toEqual([]);
  });

  it('refused — by outsiders, the wrong partner or the wrong moment — is logged as denied, never allowed', async () => {
    for (const op of noteWrites()) {
      const c = cases[keyOf(op)] as NoteCase;
      const { url, body } = await c.target();
      const send = (who: SignedInPerson) => () => t.request({ method: op.method as 'POST', url, as: who, body });
      for (const who of outsiders()) await expectRefusedAndLogged(who, 404, send(who));
      for (const [who, status] of c.refusedPartners()) await expectRefusedAndLogged(who, status, send(who));
    }
    // The wrong moment: co-signing twice, and amending a draft.
    const signed = await draftedNote(true);
    await expectRefusedAndLogged(cast.participant, 409, () =>
      t.request({
        method: 'POST',
        url: `/api/notes/${signed.id}/respond`,
        as: cast.participant,
        body: { version: signed.version, response: 'co-signed' },
      }),
    );
    const draft = await draftedNote();
    await expectRefusedAndLogged(cast.specialist, 409, () =>
      t.request({ method: 'POST', url: `/api/notes/${draft.id}/amendments`, as: cast.specialist, body: { text: 'x' } }),
    );
  }, 120_000);

  it('allowed — by whoever may make it — is logged as allowed', async () => {
    for (const op of noteWrites()) {
      const c = cases[keyOf(op)] as NoteCase;
      const { url, body } = await c.target();
      const who = c.allowed();
      const status = op.path.endsWith('/note') ? 201 : 200;
      await expectAllowedAndLogged(who, status, () => t.request({ method: op.method as 'POST', url, as: who, body }));
    }
  }, 120_000);
});
