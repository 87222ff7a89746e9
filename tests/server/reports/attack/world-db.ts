import { randomUUID } from 'node:crypto';
import { lifeAreas, type NudgeOutcome } from '@alongside/shared';
import { languageNudgeEvents, partnerships, users } from '../../../../server/src/db/schema/index.js';
import { createOrganisation, invitePerson, type SignedInPerson, type TestApp } from '../../../helpers/test-app.js';
import { type CohortPlan, insertActivity } from '../cohort.js';
import { type Family, families, innerCells, type Space, varCount, varIndex } from './cells.js';

/** One burst of a participant's activity, on one day of the world's year. */
export interface Burst {
  month: number;
  day: number;
  plan: CohortPlan;
}
/** A participant: the specialist they are partnered with all year (an index), or none. */
export interface Person {
  specialist: number | null;
  bursts: Burst[];
}
export interface World {
  name: string;
  year: number;
  specialists: number;
  people: Person[];
  /** Respectful-language nudges of the month, by outcome: staff events, no person behind them. */
  nudges?: { month: number; outcome: NudgeOutcome; n: number }[];
}
export interface BuiltWorld {
  world: World;
  admin: SignedInPerson;
  supervisor: SignedInPerson;
  specialistIds: string[];
}

const at = (year: number, b: Pick<Burst, 'month' | 'day'>) => new Date(Date.UTC(year, b.month - 1, b.day, 15));

/** A new organisation holding the world: staff through the API, participants straight into the tables. */
export async function buildWorld(t: TestApp, world: World): Promise<BuiltWorld> {
  const admin = await createOrganisation(t, world.name);
  const supervisor = await invitePerson(t, admin, 'supervisor', { name: 'Sue Supervisor' });
  const specialistIds: string[] = [];
  for (let i = 0; i < world.specialists; i++) {
    specialistIds.push((await invitePerson(t, admin, 'specialist', { name: `Specialist ${i + 1}` })).me.id);
  }
  const db = t.testDb.database.db;
  const organisationId = admin.me.organisation.id;
  for (const [i, person] of world.people.entries()) {
    const participantId = randomUUID();
    await db.insert(users).values({
      id: participantId,
      organisationId,
      email: `world-${participantId}@example.org`,
      name: `participant ${i}`,
      role: 'participant',
      passwordHash: 'x',
    });
    const bursts = [...person.bursts].sort((a, b) => a.month - b.month || a.day - b.day);
    const specialistId = person.specialist === null ? undefined : specialistIds[person.specialist];
    let partnershipId: string | undefined;
    if (specialistId) {
      const startedAt = new Date(Date.UTC(world.year, 0, 1));
      const [row] = await db
        .insert(partnerships)
        .values({ organisationId, specialistId, participantId, startedAt })
        .returning({ id: partnerships.id });
      partnershipId = row?.id;
    }
    for (const [n, burst] of bursts.entries()) {
      const owner = {
        organisationId,
        participantId,
        partnershipId,
        specialistId,
        at: at(world.year, burst),
        seq: n + 1,
      };
      await insertActivity(db, owner, burst.plan, `text ${i}`);
    }
  }
  for (const [i, nudge] of (world.nudges ?? []).entries()) {
    if (nudge.n === 0) continue;
    await db.insert(languageNudgeEvents).values(
      Array.from({ length: nudge.n }, (_, k) => ({
        organisationId,
        staffRole: 'specialist' as const,
        termKey: 'en.clean',
        outcome: nudge.outcome,
        recordKey: (i * 37 + k * 101) % 256,
        at: at(world.year, { month: nudge.month, day: 5 + (k % 20) }),
      })),
    );
  }
  return { world, admin, supervisor, specialistIds };
}

const supportBand = (n: number) => (n >= 5 ? '5-plus' : n >= 3 ? '3-4' : String(n));
const confidenceBand = (change: number) =>
  change < 0 ? 'decreased' : change === 0 ? 'same' : change <= 2 ? 'up-1-2' : 'up-3-plus';
const selfCheckBand = (change: number) =>
  change === 0
    ? 'same'
    : change < 0
      ? change >= -2
        ? 'lower-1-2'
        : 'lower-3-plus'
      : change <= 2
        ? 'higher-1-2'
        : 'higher-3-plus';
const choiceBand = (pathways: readonly string[]) => (new Set(pathways).size > 1 ? 'more-than-one' : 'one-or-none');

/**
 * The true count of every variable the attacker names, from the world's definition (not from the
 * server's SQL): any published cell's truth is the sum of its variables.
 */
export function truthOf(built: BuiltWorld, space: Space): Record<Family, Float64Array> {
  const out = Object.fromEntries(families.map((f) => [f, new Float64Array(varCount(space, f))])) as Record<
    Family,
    Float64Array
  >;
  const add = (f: Family, slot: number, unit: number, cell: string, n = 1) => {
    const inner = innerCells[f].indexOf(cell);
    if (inner < 0) throw new Error(`${f} has no ${cell}`);
    const row = out[f];
    const i = varIndex(space, f, slot, unit, inner);
    row[i] = (row[i] ?? 0) + n;
  };
  // Nudge events are counted under no specialist.
  for (const nudge of built.world.nudges ?? [])
    add('language-nudges', nudge.month, space.units.length - 1, nudge.outcome, nudge.n);
  for (const person of built.world.people) {
    const id = person.specialist === null ? undefined : built.specialistIds[person.specialist];
    const unit = id === undefined ? space.units.length - 1 : space.units.indexOf(id);
    for (const { month: m, plan } of person.bursts) {
      const goals = plan.goals ?? [];
      if (id) for (const mode of plan.sessions ?? []) add('sessions', m, unit, mode);
      if (id) for (const status of plan.suggestions ?? []) add('suggestions', m, unit, status);
      for (const g of goals)
        add('goals', m, unit, `${g.lifeArea}|${g.status === 'active' ? `active:${g.voice}` : g.status}`);
      if (goals.length > 0 && (plan.stepsDone ?? 0) > 0) add('steps', m, unit, 'done', plan.stepsDone);
      for (const c of plan.choices ?? []) add('choices', m, unit, choiceBand(c));
      for (const r of plan.referrals ?? []) add('referrals', m, unit, r);
      for (const c of plan.consents ?? []) {
        add('consents', m, unit, `${c.kind}|${c.state}`);
        if (c.disclosures > 0) add('record-disclosures', m, unit, c.kind, c.disclosures);
      }
    }
    space.periods.forEach((period, slot) => {
      const inPeriod = person.bursts.filter((b) => period.months.includes(b.month));
      if (inPeriod.length === 0) return;
      const last = period.months[period.months.length - 1] ?? 12;
      const supports = person.bursts.filter((b) => b.month <= last).reduce((n, b) => n + (b.plan.supports ?? 0), 0);
      add('engaged', slot, unit, supportBand(supports));
      for (const b of inPeriod) {
        const ratings = b.plan.confidence ?? [];
        if ((b.plan.goals ?? []).length === 0 || ratings.length < 2) continue;
        add('confidence', slot, unit, confidenceBand((ratings[ratings.length - 1] ?? 0) - (ratings[0] ?? 0)));
      }
      // A person's self-checks in the period, oldest first: first and latest rating of each dimension.
      const ordered = [...inPeriod].sort((a, b) => a.month - b.month || a.day - b.day);
      for (const d of lifeAreas) {
        const rated = ordered.flatMap((b) =>
          (b.plan.selfChecks ?? []).flatMap((c) => (c[d] === undefined ? [] : [c[d]])),
        );
        if (rated.length < 2) continue;
        add(`self-check-${d}`, slot, unit, selfCheckBand((rated[rated.length - 1] ?? 0) - (rated[0] ?? 0)));
      }
    });
  }
  return out;
}
