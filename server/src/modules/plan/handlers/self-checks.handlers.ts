import type { QuestionnaireAnswer, QuestionnaireItem } from '@alongside/shared';
import { BadRequestError, NotFoundError } from '../../../lib/errors.js';
import { toQuestionnaireResponse, toSelfCheck } from '../plan.mappers.js';
import { actorVoice } from '../plan.policy.js';
import { type HandlerMap, recordedBy } from './handler.js';

const invalid = (message: string, field: string) => new BadRequestError('invalid_answer', message, field);

/** The weight an answer carries: its option's declared weight, an integer's own value, a yes's item weight. */
function answerWeight(item: QuestionnaireItem, answer: QuestionnaireAnswer, field: string): number {
  const { value } = answer;
  switch (item.type) {
    case 'integer':
      if (typeof value !== 'number') throw invalid(`"${item.linkId}" is answered with a whole number.`, field);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(`"${item.linkId}" is answered yes or no.`, field);
      return value ? (item.weight ?? 0) : 0;
    case 'string':
      if (typeof value !== 'string') throw invalid(`"${item.linkId}" is answered in words.`, field);
      return 0;
    case 'choice': {
      const option = item.options.find((o) => o.value === value);
      if (!option) throw invalid(`"${item.linkId}" is answered with one of its options.`, field);
      return option.weight;
    }
  }
}

/**
 * Checks the answers against the questionnaire's items (each answer names one of its items, once,
 * with a value of its type; every required item answered) and sums their weights.
 */
export function scoreAnswers(items: readonly QuestionnaireItem[], answers: readonly QuestionnaireAnswer[]): number {
  const byLinkId = new Map(items.map((i) => [i.linkId, i]));
  const answered = new Set<string>();
  let score = 0;
  answers.forEach((answer, i) => {
    const item = byLinkId.get(answer.linkId);
    if (!item) throw invalid(`This questionnaire has no item "${answer.linkId}".`, `answers.${i}.linkId`);
    if (answered.has(answer.linkId)) throw invalid(`"${answer.linkId}" is answered twice.`, `answers.${i}.linkId`);
    answered.add(answer.linkId);
    score += answerWeight(item, answer, `answers.${i}.value`);
  });
  const missing = items.find((i) => i.required && !answered.has(i.linkId));
  if (missing) throw invalid(`"${missing.linkId}" needs an answer.`, 'answers');
  // Declared weights may be decimals; a sum of them should not show binary fractions.
  return Math.round(score * 1000) / 1000;
}

export const selfCheckHandlers: HandlerMap<'self-check.record' | 'questionnaire.answer'> = {
  /** Recorded by the person, or by a specialist with them in a live session ("recorded together"). */
  async 'self-check.record'(ctx, c) {
    const { repo, plan } = ctx;
    const { health, home, purpose, community } = c;
    if ([health, home, purpose, community].every((r) => r === undefined)) {
      throw new BadRequestError('empty_self_check', 'Rate at least one of health, home, purpose or community.');
    }
    const row = await repo.selfChecks.insert({
      health: health ?? null,
      home: home ?? null,
      purpose: purpose ?? null,
      community: community ?? null,
      note: c.note || null,
      ...recordedBy(ctx),
    });
    return { effects: [{ kind: 'self-check', value: toSelfCheck(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  /** The person's answers to one of their organisation's questionnaires still offered, scored. */
  async 'questionnaire.answer'({ repo, plan, now }, c) {
    const [questionnaire] = await repo.questionnaires([c.questionnaireId]);
    if (!questionnaire || questionnaire.retiredAt) throw new NotFoundError('That questionnaire is not offered.');
    const score = scoreAnswers(questionnaire.items, c.answers);
    const row = await repo.responses.insert({
      questionnaireId: questionnaire.id,
      questionnaireTitle: questionnaire.title,
      answers: c.answers.map(({ linkId, value }) => ({ linkId, value })),
      score,
      at: now,
    });
    const value = toQuestionnaireResponse(row);
    return { effects: [{ kind: 'questionnaire-response', value }], ids: [row.id], voice: actorVoice(plan) };
  },
};
