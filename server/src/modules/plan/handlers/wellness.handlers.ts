import { type WellnessSection, wellnessSectionsWithResponse } from '@alongside/shared';
import { eq } from 'drizzle-orm';
import { wellnessItems } from '../../../db/schema/index.js';
import { BadRequestError, StaleVersionError } from '../../../lib/errors.js';
import { toWellnessItem } from '../plan.mappers.js';
import { actorVoice } from '../plan.policy.js';
import type { PlanRepo } from '../plan.repo.js';
import { assertSameSet } from './goals.handlers.js';
import { found, given, type HandlerMap } from './handler.js';

/** A response ("what I'll do") belongs only to the sections that ask for one. */
export function assertResponseFits(section: WellnessSection, response: string | null | undefined, field: string): void {
  if (response && !wellnessSectionsWithResponse.includes(section)) {
    throw new BadRequestError('edit_not_applicable', `Items in "${section}" have no response.`, field);
  }
}

/** What an item points at must be the person's own support, or a resource of their organisation's directory. */
export async function assertLinksExist(
  repo: PlanRepo,
  links: { supportId?: string | null | undefined; resourceId?: string | null | undefined },
): Promise<void> {
  if (links.supportId) found(await repo.supports.find(links.supportId));
  if (links.resourceId) found(await repo.findResource(links.resourceId));
}

export async function insertWellnessItem(
  repo: PlanRepo,
  now: Date,
  item: {
    section: WellnessSection;
    text: string;
    response?: string | undefined;
    supportId?: string | undefined;
    resourceId?: string | undefined;
    voice: 'participant' | 'specialist';
    responseVoice: 'participant' | 'specialist';
    fromSuggestionId?: string;
  },
) {
  const { section } = item;
  const row = await repo.wellness.insert({
    section,
    text: item.text,
    response: item.response || null,
    supportId: item.supportId ?? null,
    resourceId: item.resourceId ?? null,
    position: await repo.nextPosition(wellnessItems, eq(wellnessItems.section, section)),
    voice: item.voice,
    responseVoice: item.responseVoice,
    ...(item.fromSuggestionId === undefined ? {} : { fromSuggestionId: item.fromSuggestionId }),
    createdAt: now,
    updatedAt: now,
  });
  return toWellnessItem(row);
}

type WellnessCommand = 'wellness.create' | 'wellness.edit' | 'wellness.reorder' | 'wellness.delete' | 'wellness.review';

export const wellnessHandlers: HandlerMap<WellnessCommand> = {
  async 'wellness.create'({ repo, plan, now }, c) {
    assertResponseFits(c.section, c.response, 'response');
    await assertLinksExist(repo, c);
    const voice = actorVoice(plan);
    const value = await insertWellnessItem(repo, now, { ...c, voice, responseVoice: voice });
    return { effects: [{ kind: 'wellness-item', value }], ids: [value.id], voice };
  },

  async 'wellness.edit'({ repo, plan, now }, c) {
    const current = found(await repo.wellness.find(c.itemId));
    if (current.version !== c.version) throw new StaleVersionError(toWellnessItem(current));
    const patch = given({
      text: c.text,
      response: c.response === '' ? null : c.response,
      supportId: c.supportId,
      resourceId: c.resourceId,
    });
    if (Object.keys(patch).length === 0) throw new BadRequestError('nothing_to_change', 'Nothing to change was given.');
    assertResponseFits(current.section, patch.response, 'response');
    await assertLinksExist(repo, patch);
    const voice = actorVoice(plan);
    const row = await repo.wellness.update(c.itemId, {
      ...patch,
      ...(patch.text !== undefined ? { voice } : {}),
      ...(patch.response !== undefined ? { responseVoice: voice } : {}),
      version: current.version + 1,
      updatedAt: now,
    });
    return { effects: [{ kind: 'wellness-item', value: toWellnessItem(row) }], ids: [row.id], voice };
  },

  /** The new order of one section: every item of that section, each once. */
  async 'wellness.reorder'({ repo, plan, now }, c) {
    const items = await repo.wellness.list(eq(wellnessItems.section, c.section));
    assertSameSet(
      items.map((i) => i.id),
      c.itemIds,
      'itemIds',
    );
    const effects = [];
    for (const [position, id] of c.itemIds.entries()) {
      const row = await repo.wellness.update(id, { position, updatedAt: now });
      effects.push({ kind: 'wellness-item' as const, value: toWellnessItem(row) });
    }
    return { effects, ids: [...c.itemIds], voice: actorVoice(plan) };
  },

  async 'wellness.delete'({ repo, plan }, c) {
    found(await repo.wellness.find(c.itemId));
    await repo.wellness.remove([c.itemId]);
    return { effects: [{ kind: 'wellness-item-removed', id: c.itemId }], ids: [c.itemId], voice: actorVoice(plan) };
  },

  async 'wellness.review'({ repo, plan, now, today }, c) {
    const reviewedOn = c.reviewedOn ?? today;
    await repo.setWellnessReview(reviewedOn, now);
    return { effects: [{ kind: 'wellness-review', reviewedOn }], ids: [], voice: actorVoice(plan) };
  },
};
