import type { PlanCommand, PlanEvent, PlanSnapshot } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory, readPlan, runForId, sendCommand } from '../../helpers/plan-api.js';
import { createResource } from '../../helpers/plan-fixtures.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { testDatabaseKind } from '../../helpers/test-database.js';

/**
 * On PostgreSQL a new plan item's INSERT is written behind: the command's event is built from the
 * row as it will be saved, and the INSERT travels with the event and the COMMIT (one round trip
 * fewer). What the event says must be exactly what the plan then holds, and an INSERT the database
 * refuses must fail its own command only. On PGlite inserts are waited for; the same answers hold.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;

beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
});
afterAll(async () => {
  await t.close();
});

/** Every item an event's effects carry, by id. */
function effectValues(events: PlanEvent[]): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const e of events) for (const f of e.effects) if ('value' in f) values.set(f.value.id, f.value);
  return values;
}

/** Every item of the plan, by id, as the plan read from the database shows it. */
function planItems(plan: PlanSnapshot): Map<string, unknown> {
  const all = [
    ...plan.goals,
    ...plan.steps,
    ...plan.suggestions,
    ...plan.choices,
    ...plan.checkIns,
    ...plan.supports,
    ...plan.referrals,
  ];
  return new Map(all.map((item) => [item.id, item]));
}

describe('new plan items written behind', () => {
  it('every kind of new item, as its event tells it, is the item the plan holds', async () => {
    const { participant, specialist } = cast;
    const pid = participant.me.id;
    const goalId = await runForId(t, participant, pid, {
      type: 'goal.create',
      title: 'Sleep before midnight',
      why: 'Mornings are easier',
      lifeArea: 'health',
      targetDate: '2027-01-31',
    });
    const resourceId = await createResource(t, specialist, 'Tuesday peer group');
    // An id in capitals is the same id: the database and the event both give it in lower case.
    const shouting = goalId.toUpperCase();
    const commands: [SignedInPerson, PlanCommand][] = [
      [participant, { type: 'step.create', goalId: shouting, text: 'Phone off at 11' }],
      [participant, { type: 'check-in.record', goalId: shouting, confidence: 7, wellbeing: 6, note: 'Café 🙂 "ok"' }],
      [participant, { type: 'check-in.record', wellbeing: 4 }],
      [participant, { type: 'support.create', label: 'My sister', kind: 'family', goalIds: [shouting] }],
      [
        participant,
        {
          type: 'choice.create',
          question: 'Which meeting first?',
          goalId,
          options: [
            { label: 'Tuesday group', pathway: 'mutual-help', notes: 'near the bus stop' },
            { label: 'Online', pathway: 'other' },
          ],
        },
      ],
      [participant, { type: 'referral.create', resourceId, goalId, followUpOn: '2026-12-01' }],
      [
        specialist,
        {
          type: 'suggestion.create',
          proposal: { kind: 'step', goalId, text: 'Write tomorrow down' },
          rationale: 'It helped others',
        },
      ],
      [specialist, { type: 'suggestion.create', proposal: { kind: 'goal', title: 'Walk', lifeArea: 'health' } }],
    ];
    for (const [who, command] of commands) {
      const res = await sendCommand(t, who, pid, command);
      expect(res.statusCode, `${command.type}: ${res.body}`).toBe(200);
    }

    const told = effectValues(await readHistory(t, participant, pid));
    const held = planItems(await readPlan(t, participant, pid));
    // Eight commands, one of them with two options inside its choice: every item is in both.
    expect(held.size).toBeGreaterThanOrEqual(commands.length + 1);
    for (const [id, item] of held) expect(told.get(id), `item ${id}`).toEqual(item);
    const checkIn = [...held.values()].find((v) => (v as { note?: string }).note === 'Café 🙂 "ok"');
    expect(checkIn).toMatchObject({ goalId, confidence: 7, wellbeing: 6 });
  });

  it.skipIf(testDatabaseKind !== 'postgres')(
    'an insert the database refuses fails its own command only; the commands saved with it are kept',
    async () => {
      const db = t.testDb.database.db;
      // A rule only the database knows (no check in the handler can see it coming).
      await db.execute(`
        create function refuse_check_in() returns trigger language plpgsql as $$
        begin
          if new.note = 'refused by the database' then raise exception 'check-in refused by the test'; end if;
          return new;
        end;
        $$`);
      await db.execute(
        'create trigger check_ins_refuse before insert on check_ins for each row execute function refuse_check_in()',
      );
      try {
        const people = await Promise.all(
          [0, 1, 2, 3, 4, 5].map((i) => invitePerson(t, cast.specialist, 'participant', { name: `Rio ${i}` })),
        );
        const [refused, ...fine] = people as [SignedInPerson, ...SignedInPerson[]];
        const before = t.app.planExecutor.stats();
        // Sent last, so it waits for the first batches and is saved together with the others.
        const [refusedAnswer, ...fineAnswers] = await Promise.all([
          ...fine.map((p) => sendCommand(t, p, p.me.id, { type: 'check-in.record', note: 'a good day', wellbeing: 8 })),
          sendCommand(t, refused, refused.me.id, { type: 'check-in.record', note: 'refused by the database' }),
        ]).then((answers) => [answers.at(-1), ...answers.slice(0, -1)]);
        // Nothing about the database reaches the person.
        expect(refusedAnswer?.statusCode).toBe(500);
        expect(refusedAnswer?.body).not.toMatch(/trigger|check_ins|refused by the test/);
        for (const a of fineAnswers) expect(a?.statusCode, a?.body).toBe(200);
        const after = t.app.planExecutor.stats();
        if (!before || !after) throw new Error('no group-commit statistics on PostgreSQL');
        // The six commands shared batches: the refused one was not simply alone in its own.
        expect(after.batches - before.batches).toBeLessThan(after.commands - before.commands);

        const refusedPlan = await readPlan(t, refused, refused.me.id);
        expect(refusedPlan.seq).toBe(0);
        expect(refusedPlan.checkIns).toEqual([]);
        for (const p of fine) {
          const plan = await readPlan(t, p, p.me.id);
          expect(plan.checkIns.map((c) => c.note)).toEqual(['a good day']);
          const [event] = await readHistory(t, p, p.me.id);
          expect(effectValues(event ? [event] : []).get(plan.checkIns[0]?.id ?? '')).toEqual(plan.checkIns[0]);
        }
      } finally {
        await db.execute('drop trigger check_ins_refuse on check_ins');
        await db.execute('drop function refuse_check_in()');
      }
    },
  );
});
