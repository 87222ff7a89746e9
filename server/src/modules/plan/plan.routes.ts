import {
  type PlanCommand,
  planCommandMembers,
  zClientOpId,
  zCommandRequest,
  zCommandResult,
  zErrorBody,
  zParticipantParams,
  zPlanCheckInsPart,
  zPlanChoicesPart,
  zPlanGoalsPart,
  zPlanHistoryPage,
  zPlanHistoryQuery,
  zPlanReferralsPart,
  zPlanSelfChecksPart,
  zPlanSnapshot,
  zPlanSuggestionsPart,
  zPlanSupportsPart,
  zPlanWellnessPart,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requestContext } from '../../plugins/access.js';
import type { PlanExecutor } from './plan.executor.js';
import type { PlanService } from './plan.service.js';

const tags = ['plan'];
const commandErrors = { 400: zErrorBody, 403: zErrorBody, 404: zErrorBody, 409: zErrorBody };

/** Mounted at /api/participants/:participantId/plan. */
export const planRoutes: FastifyPluginAsyncZod<{ plan: PlanService; executor: PlanExecutor }> = async (
  app,
  { plan, executor },
) => {
  const read = { access: access.participantData('plan:read') };
  const change = { access: access.participantData('plan:change') };
  const params = zParticipantParams;

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'The whole plan, as of one seq',
        params,
        response: { 200: zPlanSnapshot, 404: zErrorBody },
      },
    },
    async (request) => plan.snapshot(requestContext(request), request.params.participantId),
  );

  const parts = [
    ['goals', zPlanGoalsPart, plan.goals],
    ['suggestions', zPlanSuggestionsPart, plan.suggestions],
    ['choices', zPlanChoicesPart, plan.choices],
    ['check-ins', zPlanCheckInsPart, plan.checkIns],
    ['supports', zPlanSupportsPart, plan.supports],
    ['referrals', zPlanReferralsPart, plan.referrals],
    ['wellness', zPlanWellnessPart, plan.wellness],
    ['self-checks', zPlanSelfChecksPart, plan.selfChecks],
  ] as const;
  for (const [part, response, load] of parts) {
    app.get(
      `/${part}`,
      { config: read, schema: { tags, params, response: { 200: response, 404: zErrorBody } } },
      async (request) => load(requestContext(request), request.params.participantId),
    );
  }

  app.get(
    '/history',
    {
      config: read,
      schema: {
        tags,
        summary: 'The plan event log, with the voice of every text',
        params,
        querystring: zPlanHistoryQuery,
        response: { 200: zPlanHistoryPage, 404: zErrorBody },
      },
    },
    async (request) =>
      plan.history(requestContext(request), request.params.participantId, request.query.after, request.query.limit),
  );

  app.post(
    '/commands',
    {
      config: change,
      schema: {
        tags,
        summary: 'Apply any plan command',
        params,
        body: zCommandRequest,
        response: { 200: zCommandResult, ...commandErrors },
      },
    },
    async (request) =>
      executor.execute(
        requestContext(request),
        request.params.participantId,
        request.body.command,
        request.body.clientOpId,
        { atOneScreen: request.body.atOneScreen },
      ),
  );

  // One documented route per command, each handing its command to the same executor.
  for (const member of planCommandMembers) {
    const { type: typeSchema, ...fields } = member.shape;
    const type = typeSchema.value;
    const body = z.strictObject({ ...fields, clientOpId: zClientOpId.optional() });
    app.post(
      `/commands/${type}`,
      {
        config: change,
        schema: { tags, summary: type, params, body, response: { 200: zCommandResult, ...commandErrors } },
      },
      async (request) => {
        const { clientOpId, ...fields } = request.body as { clientOpId?: string } & Record<string, unknown>;
        // The body was validated against this member's schema; adding its type makes it that command.
        const command = { ...fields, type } as PlanCommand;
        return executor.execute(requestContext(request), request.params.participantId, command, clientOpId);
      },
    );
  }
};
