import type { CommandResult, PlanCommand } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  nowhere,
  opId,
  readAccessLog,
  readHistory,
  readPlan,
  runForId,
  sendCommand,
} from '../../helpers/plan-api.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * On PostgreSQL, commands that arrive together are saved together (group commit): one
 * transaction, a few round trips. Whatever shares a batch, every command must get exactly the
 * answer it would have had alone, and a command that fails must not take the others with it.
 * On PGlite every command runs alone; the same answers are expected there.
 */
let t: TestApp;
let specialist: SignedInPerson;
const onPostgres = () => t.testDb.database.driver === 'pg';

beforeAll(async () => {
  t = await createTestApp();
  ({ specialist } = await createCast(t));
});
afterAll(async () => {
  await t.close();
});

const newParticipants = (n: number) =>
  Promise.all(Array.from({ length: n }, (_, i) => invitePerson(t, specialist, 'participant', { name: `Pat ${i}` })));

describe('commands saved together', () => {
  it('many plans changed at once: every command saved once, each plan gap-free, sharing transactions', async () => {
    const people = await newParticipants(8);
    const before = t.app.planExecutor.stats();
    const sent = people.flatMap((p, i) =>
      [0, 1, 2].map((k) =>
        sendCommand(t, p, p.me.id, { type: 'goal.create', title: `Goal ${i}.${k}`, lifeArea: 'health' }),
      ),
    );
    const answers = await Promise.all(sent);
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    for (const [i, p] of people.entries()) {
      const plan = await readPlan(t, p, p.me.id);
      expect(plan.seq).toBe(3);
      expect(plan.goals.map((g) => g.title).sort()).toEqual([`Goal ${i}.0`, `Goal ${i}.1`, `Goal ${i}.2`]);
      const history = await readHistory(t, p, p.me.id);
      expect(history.map((e) => e.seq)).toEqual([1, 2, 3]);
      // Each answer names the seq its own event got.
      const mine = answers.slice(i * 3, i * 3 + 3).map((a) => a.json<CommandResult>());
      for (const result of mine) {
        const event = history.find((e) => e.seq === result.seq);
        expect(event?.effects.map((e) => ('value' in e ? e.value.id : undefined))).toContain(result.ids[0]);
      }
    }
    if (onPostgres()) {
      const after = t.app.planExecutor.stats();
      if (!before || !after) throw new Error('no group-commit statistics on PostgreSQL');
      expect(after.commands - before.commands).toBe(24);
      // Twenty-four commands at once cannot each have had a transaction of their own.
      expect(after.batches - before.batches).toBeLessThan(24);
      expect(after.largestBatch).toBeGreaterThan(1);
    } else {
      expect(t.app.planExecutor.stats()).toBeUndefined();
    }
  });

  it('a refused, a missing and a stale command get their own answers; the rest of their batch is saved', async () => {
    const people = await newParticipants(6);
    const [stale, missing, refused, ...fine] = people as [
      SignedInPerson,
      SignedInPerson,
      SignedInPerson,
      ...SignedInPerson[],
    ];
    const goalId = await runForId(t, stale, stale.me.id, { type: 'goal.create', title: 'Walk', lifeArea: 'health' });
    const version = (await readPlan(t, stale, stale.me.id)).goals[0]?.version ?? 0;
    await sendCommand(t, stale, stale.me.id, { type: 'goal.edit', goalId, version, title: 'Walk daily' });
    const [staleAnswer, missingAnswer, refusedAnswer, ...fineAnswers] = await Promise.all([
      // Edited from an old copy of the text: a conflict, with the current text.
      sendCommand(t, stale, stale.me.id, { type: 'goal.edit', goalId, version, title: 'Walk more' }),
      sendCommand(t, missing, missing.me.id, { type: 'goal.edit', goalId: nowhere(), version: 1, title: 'Nothing' }),
      // A specialist may suggest a goal, never make one.
      sendCommand(t, specialist, refused.me.id, { type: 'goal.create', title: 'Imposed', lifeArea: 'health' }),
      ...fine.map((p) => sendCommand(t, p, p.me.id, { type: 'check-in.record', wellbeing: 7, note: 'steady' })),
    ]);
    expect(staleAnswer?.statusCode, staleAnswer?.body).toBe(409);
    expect(missingAnswer?.statusCode, missingAnswer?.body).toBe(404);
    expect(refusedAnswer?.statusCode, refusedAnswer?.body).toBe(403);
    for (const a of fineAnswers) expect(a.statusCode, a.body).toBe(200);
    for (const p of fine) {
      const plan = await readPlan(t, p, p.me.id);
      expect(plan.seq).toBe(1);
      expect(plan.checkIns.map((c) => c.note)).toEqual(['steady']);
    }
    expect((await readPlan(t, stale, stale.me.id)).goals.map((g) => g.title)).toEqual(['Walk daily']);
    expect((await readPlan(t, stale, stale.me.id)).seq).toBe(2);
    expect((await readPlan(t, missing, missing.me.id)).seq).toBe(0);
    expect((await readPlan(t, refused, refused.me.id)).seq).toBe(0);
    // The refusal is in the person's access log, as a refusal.
    const log = await readAccessLog(t, refused);
    expect(log.some((e) => e.action === 'plan.goal.create' && e.outcome === 'denied')).toBe(true);
  });

  it('the same operation sent twice at once is applied once and both get the same answer', async () => {
    const [p] = await newParticipants(1);
    if (!p) throw new Error('no participant');
    const op = opId('twice');
    const command: PlanCommand = { type: 'goal.create', title: 'Once only', lifeArea: 'community' };
    const others = await newParticipants(3);
    const [a, b] = await Promise.all([
      sendCommand(t, p, p.me.id, command, op),
      sendCommand(t, p, p.me.id, command, op),
      ...others.map((o) => sendCommand(t, o, o.me.id, { type: 'check-in.record', wellbeing: 3 })),
    ]);
    expect(a?.statusCode, a?.body).toBe(200);
    expect(b?.statusCode, b?.body).toBe(200);
    expect(a?.json<CommandResult>()).toEqual(b?.json<CommandResult>());
    const plan = await readPlan(t, p, p.me.id);
    expect(plan.goals.map((g) => g.title)).toEqual(['Once only']);
    expect(await readHistory(t, p, p.me.id)).toHaveLength(1);
  });

  it('text that looks like SQL, quotes, backslashes and placeholders is kept exactly', async () => {
    const titles = [
      `O'Brien's "plan"`,
      String.raw`back\slash \\ and \' and E'\x41'`,
      `'); delete from goals; --`,
      '$1 and $2::text and $$dollar$$',
      'Café, niño, 日本語, 🙂',
      '  spaced  ',
    ];
    const people = await newParticipants(titles.length);
    const answers = await Promise.all(
      people.map((p, i) =>
        sendCommand(t, p, p.me.id, { type: 'goal.create', title: titles[i] as string, lifeArea: 'health' }),
      ),
    );
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    for (const [i, p] of people.entries()) {
      const plan = await readPlan(t, p, p.me.id);
      expect(plan.goals.map((g) => g.title)).toEqual([titles[i]?.trim()]);
      const [event] = await readHistory(t, p, p.me.id);
      expect(event?.command).toMatchObject({ title: titles[i]?.trim() });
    }
  });

  it('a NUL character is refused by name and saves nothing, alone or in a batch', async () => {
    const people = await newParticipants(3);
    const [bad, ...good] = people as [SignedInPerson, ...SignedInPerson[]];
    const [badAnswer, ...goodAnswers] = await Promise.all([
      sendCommand(t, bad, bad.me.id, { type: 'goal.create', title: 'before\u0000after', lifeArea: 'health' }),
      ...good.map((p) => sendCommand(t, p, p.me.id, { type: 'goal.create', title: 'Fine', lifeArea: 'health' })),
    ]);
    expect(badAnswer?.statusCode, badAnswer?.body).toBe(400);
    expect(badAnswer && errorOf(badAnswer).field).toBe('command.title');
    for (const a of goodAnswers) expect(a.statusCode, a.body).toBe(200);
    expect((await readPlan(t, bad, bad.me.id)).seq).toBe(0);
  });
});
