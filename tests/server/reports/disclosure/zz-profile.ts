// Temporary profiling script (not a test): synthetic organisation, time the publication.
import { publishUniverse } from '../../../../server/src/modules/reports/disclosure.js';
import { families } from '../../../../server/src/modules/reports/report-families.js';
import { buildUniverse } from '../../../../server/src/modules/reports/report-universe.js';
import type { MonthCount, YearFacts } from '../../../../server/src/modules/reports/year-facts.repo.js';

const S = Number(process.argv[2] ?? 10);
const P = Number(process.argv[3] ?? 1000);
const specialists = Array.from({ length: S }, (_, i) => `s${i}`);
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
const monthly = (leaves: readonly string[], perPerson: number): MonthCount[] => {
  const out: MonthCount[] = [];
  for (let p = 0; p < P; p++)
    for (let k = 0; k < perPerson; k++)
      out.push({
        month: 1 + Math.floor(rnd() * 12),
        unit: specialists[p % S] ?? null,
        leaf: leaves[Math.floor(rnd() * leaves.length)] ?? '',
        count: 1,
        keySum: Math.floor(rnd() * 256),
      });
  return out;
};
const facts: YearFacts = {
  monthly: {
    sessions: monthly(families.sessions.leaves, 10),
    goals: monthly(families.goals.leaves, 3),
    steps: monthly(families.steps.leaves, 9),
    suggestions: monthly(families.suggestions.leaves, 2),
    choices: monthly(families.choices.leaves, 1),
    referrals: monthly(families.referrals.leaves, 1),
  },
  participants: new Map(
    Array.from({ length: P }, (_, p) => [
      `p${p}`,
      {
        unit: specialists[p % S] ?? null,
        recordKey: Math.floor(rnd() * 256),
        engagedMonths: [1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 12)],
        supportsAddedAt: [],
      },
    ]),
  ),
  ratings: [],
};
const u = buildUniverse(2025, specialists, facts);
for (const [id, block] of u.blocks) {
  const t0 = performance.now();
  await publishUniverse({ ...u, blocks: new Map([[id, block]]) }, 11);
  console.log(
    id,
    'atoms',
    block.atomCount.length,
    'cells',
    block.cells.length,
    'ms',
    Math.round(performance.now() - t0),
  );
}
