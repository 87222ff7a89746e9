import { type Questionnaire, type QuestionnaireUpload, questionnaireItems } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import type { QuestionnaireRow, QuestionnairesRepo } from './questionnaires.repo.js';

export interface QuestionnairesServiceDeps {
  questionnaires: QuestionnairesRepo;
  clock: Clock;
}

export function toQuestionnaire(r: QuestionnaireRow): Questionnaire {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    status: r.status,
    items: r.items,
    createdAt: r.createdAt.toISOString(),
    retiredAt: r.retiredAt?.toISOString() ?? null,
  };
}

/**
 * The organisation's own self-assessment instruments. Admins upload and retire them (the route
 * has already validated the FHIR Questionnaire: a refused upload stores nothing); participants and
 * specialists read the ones still offered. Questionnaires are the organisation's, not a person's
 * data: answers to them are, and go through the plan executor like every other change to a plan.
 */
export function createQuestionnairesService(deps: QuestionnairesServiceDeps) {
  const { questionnaires, clock } = deps;
  return {
    async upload(ctx: RequestContext, upload: QuestionnaireUpload): Promise<Questionnaire> {
      const row = await questionnaires.insert({
        organisationId: ctx.actor.organisationId,
        title: upload.title,
        url: upload.url ?? null,
        status: upload.status,
        items: questionnaireItems(upload),
        createdBy: ctx.actor.userId,
        createdAt: clock.now(),
        // Uploaded as retired: kept, never offered.
        retiredAt: upload.status === 'retired' ? clock.now() : null,
      });
      return toQuestionnaire(row);
    },

    /** Admins see every one, retired included; the others only those offered. */
    async list(ctx: RequestContext): Promise<Questionnaire[]> {
      const rows = await questionnaires.list(ctx.actor.organisationId, ctx.actor.role === 'admin');
      return rows.map(toQuestionnaire);
    },

    async retire(ctx: RequestContext, id: string): Promise<Questionnaire> {
      const row = await questionnaires.retire(ctx.actor.organisationId, id, clock.now());
      if (!row) throw new NotFoundError();
      return toQuestionnaire(row);
    },
  };
}

export type QuestionnairesService = ReturnType<typeof createQuestionnairesService>;
