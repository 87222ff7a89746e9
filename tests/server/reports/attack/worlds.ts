import {
  consentKinds,
  type GoalStatus,
  goalStatuses,
  type LifeArea,
  lifeAreas,
  type Pathway,
  pathways,
  type ReferralStatus,
  referralStatuses,
  type SessionMode,
  type SuggestionStatus,
  suggestionStatuses,
  voices,
} from '@alongside/shared';
import type { CohortPlan } from '../cohort.js';
import type { Burst, Person, World } from './world-db.js';

/** A small seeded generator, so the realistic world is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  return { next, int, pick };
}

const modes: SessionMode[] = ['in-person', 'in-person', 'in-person', 'phone', 'phone', 'video', 'community'];

/**
 * (a) A realistic organisation: 49 participants under 4 specialists (one with only 4 people), each
 * active in two to four months of 2025, with varied sessions, goals, outcomes, referrals and consents.
 */
export function realisticWorld(year = 2025): World {
  const r = random(16);
  // Consents draw from their own generator, so the rest of the world is the one it always was.
  const rc = random(23);
  const consentStatesDrawn = ['active', 'active', 'revoked', 'draft', 'superseded', 'discarded'] as const;
  // Self-checks too, from a stream of their own.
  const s = random(61);
  const plan = (): CohortPlan => ({
    sessions: Array.from({ length: r.int(1, 2) }, () => r.pick(modes)),
    goals: Array.from({ length: r.int(0, 2) }, () => ({
      lifeArea: r.pick<LifeArea>(lifeAreas),
      status: r.pick<GoalStatus>(['active', 'active', ...goalStatuses]),
      voice: r.pick(voices),
    })),
    stepsDone: r.int(0, 3),
    suggestions: Array.from({ length: r.int(0, 2) }, () => r.pick<SuggestionStatus>(suggestionStatuses)),
    choices: r.next() < 0.4 ? [Array.from({ length: r.int(1, 3) }, () => r.pick<Pathway>(pathways))] : [],
    confidence: r.next() < 0.5 ? [r.int(2, 6), r.int(1, 9)] : [],
    supports: r.int(0, 1),
    referrals: r.next() < 0.35 ? [r.pick<ReferralStatus>(referralStatuses)] : [],
    consents:
      rc.next() < 0.4
        ? [{ kind: rc.pick(consentKinds), state: rc.pick(consentStatesDrawn), disclosures: rc.int(0, 2) }]
        : [],
    // A self-check most times, its ratings near the middle (recovery capital moves slowly).
    selfChecks:
      s.next() < 0.8 ? [Object.fromEntries(lifeAreas.filter(() => s.next() < 0.9).map((d) => [d, s.int(4, 6)]))] : [],
  });
  const people: Person[] = [18, 15, 12, 4].flatMap((n, specialist) =>
    Array.from({ length: n }, () => {
      const months = new Set(Array.from({ length: r.int(2, 4) }, () => r.int(1, 12)));
      return { specialist, bursts: [...months].map((month) => ({ month, day: r.int(1, 28), plan: plan() })) };
    }),
  );
  // Nudges from a stream of their own: busy months and quiet ones, small counts among them.
  const ln = random(97);
  const nudges = Array.from({ length: 12 }, (_, m) => [
    { month: m + 1, outcome: 'shown' as const, n: ln.int(0, 30) },
    { month: m + 1, outcome: 'replaced' as const, n: ln.int(0, 15) },
    { month: m + 1, outcome: 'kept' as const, n: ln.int(0, 6) },
  ]).flat();
  return { name: 'Realistic Recovery', year, specialists: 4, people, nudges };
}

const burst = (month: number, plan: CohortPlan, day = 10): Burst[] => [{ month, day, plan }];
const many = (n: number, specialist: number | null, bursts: (i: number) => Burst[]): Person[] =>
  Array.from({ length: n }, (_, i) => ({ specialist, bursts: bursts(i) }));
const goal = (lifeArea: LifeArea, status: GoalStatus, voice: 'participant' | 'specialist' = 'participant') => ({
  lifeArea,
  status,
  voice,
});

/**
 * (b) Counts on the edges: a goals table whose total equals its lower bound (16 = 11 + 1+1+1+2),
 * single small cells in a row, months where one specialist has everything (the specialists sum
 * exactly to the organisation), lone "steps completed" near 10 in consecutive months, a month with
 * exactly the threshold of people, and a remainder of people of no specialist.
 */
export function edgeWorld(year = 2025): World {
  const smallGoals = [goal('health', 'achieved'), goal('home', 'achieved'), goal('purpose', 'achieved')];
  const people: Person[] = [
    // Specialist 1, March: 11 active health goals, then 1+1+1 achieved and 2 on hold; September: exactly 11 people.
    ...many(16, 0, (i) => [
      ...burst(3, {
        goals:
          i < 11
            ? [goal('health', 'active')]
            : i < 14
              ? [smallGoals[i - 11] ?? goal('home', 'on-hold')]
              : [goal('health', 'on-hold')],
        confidence: i < 12 ? [4, i < 11 ? 4 : 2] : [],
      }),
      ...(i < 11 ? burst(9, {}) : []),
    ]),
    // Specialist 2 has every session of May: 11 in person and a lone phone session; 11 accepted suggestions and 1 declined.
    ...many(12, 1, (i) =>
      burst(5, { sessions: [i < 11 ? 'in-person' : 'phone'], suggestions: [i < 11 ? 'accepted' : 'declined'] }),
    ),
    // Specialist 3: steps 10, 11, 9 in June, July, August; referrals 11 connected + 1 not connected in April.
    ...[10, 11, 9].map((stepsDone, k) => ({
      specialist: 2,
      bursts: burst(6 + k, { goals: [goal('community', 'active', 'specialist')], stepsDone }),
    })),
    ...many(12, 2, (i) => burst(4, { referrals: [i < 11 ? 'connected' : 'not-connected'], supports: i < 11 ? 2 : 5 })),
    // No specialist: two goals in October, one choice over two pathways.
    ...many(2, null, (i) =>
      burst(10, { goals: [goal('purpose', 'set-aside')], choices: i === 0 ? [['mutual-help', 'medication']] : [] }),
    ),
  ];
  // Nudges on the edges: exactly the threshold shown with one kept; a lone small month after.
  const nudges = [
    { month: 2, outcome: 'shown' as const, n: 11 },
    { month: 2, outcome: 'kept' as const, n: 1 },
    { month: 3, outcome: 'shown' as const, n: 2 },
  ];
  return { name: 'Edge Recovery', year, specialists: 3, people, nudges };
}
