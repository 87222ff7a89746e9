import {
  type CustomTerm,
  type CustomTermFields,
  isBuiltInTermKey,
  type LanguageSettings,
  type NudgeEventBatch,
} from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { BadRequestError, NotFoundError, TooManyRequestsError } from '../../lib/errors.js';
import type { LanguageRepo, LanguageTermRow } from './language.repo.js';

/** An organisation's own terms: enough for a community's words, bounded so the list stays small. */
export const maxCustomTerms = 200;
/**
 * Nudge events an organisation may record in a minute. A writer sees a handful per note; this
 * only stops a runaway client from filling the table (the counts are statistics, so a batch
 * refused is a few counts lost, never a note).
 */
export const maxNudgesPerMinute = 600;

const toCustomTerm = (r: LanguageTermRow): CustomTerm => ({
  id: r.id,
  key: `custom:${r.id}`,
  language: r.language,
  label: r.label,
  variants: r.variants,
  alternative: r.alternative,
  why: r.why,
  updatedAt: r.updatedAt.toISOString(),
});

export interface LanguageDeps {
  language: LanguageRepo;
  clock: Clock;
  /** 0–255, the nudge event's record key for the reports' perturbation. */
  randomKey?: () => number;
}

/**
 * Respectful-language settings and nudge counts. Admins manage the organisation's terms; staff
 * read them; specialists record what became of the nudges they saw. Not participant data: no
 * access-log rows, and nothing here names a participant.
 */
export function createLanguageService(deps: LanguageDeps) {
  const { language: repo, clock } = deps;
  const randomKey = deps.randomKey ?? (() => Math.floor(Math.random() * 256));

  return {
    async settings(ctx: RequestContext): Promise<LanguageSettings> {
      const org = ctx.actor.organisationId;
      const [custom, off] = await Promise.all([repo.listTerms(org), repo.listOff(org)]);
      return { custom: custom.map(toCustomTerm), disabledBuiltIn: off };
    },

    async create(ctx: RequestContext, input: CustomTermFields): Promise<CustomTerm> {
      const org = ctx.actor.organisationId;
      if ((await repo.countTerms(org)) >= maxCustomTerms) {
        throw new BadRequestError('validation_failed', `At most ${maxCustomTerms} terms of your own.`, 'label');
      }
      const now = clock.now();
      return toCustomTerm(await repo.insertTerm({ ...input, organisationId: org, createdAt: now, updatedAt: now }));
    },

    async update(ctx: RequestContext, id: string, input: CustomTermFields): Promise<CustomTerm> {
      const row = await repo.updateTerm(ctx.actor.organisationId, id, { ...input, updatedAt: clock.now() });
      if (!row) throw new NotFoundError();
      return toCustomTerm(row);
    },

    async remove(ctx: RequestContext, id: string): Promise<void> {
      if (!(await repo.deleteTerm(ctx.actor.organisationId, id))) throw new NotFoundError();
    },

    async switchBuiltIn(ctx: RequestContext, key: string, enabled: boolean): Promise<LanguageSettings> {
      if (!isBuiltInTermKey(key)) throw new NotFoundError();
      const org = ctx.actor.organisationId;
      if (enabled) await repo.switchOn(org, key);
      else await repo.switchOff(org, key, clock.now());
      return this.settings(ctx);
    },

    /** Counts only: the organisation, the writer's role, the term and the outcome, at this time. */
    async record(ctx: RequestContext, batch: NudgeEventBatch): Promise<number> {
      const org = ctx.actor.organisationId;
      // The organisation's own keys, read once (at most maxCustomTerms), only when a batch names one.
      const custom = batch.events.some((e) => e.termKey.startsWith('custom:'))
        ? new Set((await repo.listTerms(org)).map((t) => `custom:${t.id}`))
        : new Set<string>();
      for (const [i, event] of batch.events.entries()) {
        const known = custom.has(event.termKey) || isBuiltInTermKey(event.termKey);
        if (!known) throw new BadRequestError('validation_failed', 'No such term here.', `events.${i}.termKey`);
      }
      const now = clock.now();
      const recent = await repo.countNudgesSince(org, new Date(now.getTime() - 60_000));
      if (recent + batch.events.length > maxNudgesPerMinute) throw new TooManyRequestsError(60);
      await repo.insertNudges(
        batch.events.map((e) => ({
          organisationId: org,
          staffRole: ctx.actor.role,
          termKey: e.termKey,
          outcome: e.outcome,
          recordKey: randomKey(),
          at: now,
        })),
      );
      return batch.events.length;
    },
  };
}

export type LanguageService = ReturnType<typeof createLanguageService>;
