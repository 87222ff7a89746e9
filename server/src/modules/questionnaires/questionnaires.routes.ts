import {
  maxQuestionnaireBytes,
  zErrorBody,
  zQuestionnaire,
  zQuestionnaireIdParams,
  zQuestionnaireList,
  zQuestionnaireUpload,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { QuestionnairesService } from './questionnaires.service.js';

const tags = ['questionnaires'];

/** Admins manage the organisation's questionnaires — mounted at /api/organisation/questionnaires. */
export const questionnairesAdminRoutes: FastifyPluginAsyncZod<{ questionnaires: QuestionnairesService }> = async (
  app,
  { questionnaires },
) => {
  const manage = { access: access.needs('org:manage') };

  app.post(
    '/',
    {
      config: manage,
      // A questionnaire of 200 items with their options is larger than the usual body.
      bodyLimit: maxQuestionnaireBytes,
      schema: {
        tags,
        summary: 'Upload a FHIR R4 Questionnaire (refused whole, naming the item, if it does not fit)',
        body: zQuestionnaireUpload,
        response: { 201: zQuestionnaire, 400: zErrorBody, 413: zErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await questionnaires.upload(requestContext(request), request.body)),
  );

  app.get(
    '/',
    {
      config: manage,
      schema: { tags, summary: 'Every questionnaire, retired included', response: { 200: zQuestionnaireList } },
    },
    async (request) => ({ questionnaires: await questionnaires.list(requestContext(request)) }),
  );

  app.post(
    '/:questionnaireId/retire',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Offer it no more (answers already given keep it)',
        params: zQuestionnaireIdParams,
        response: { 200: zQuestionnaire, 404: zErrorBody },
      },
    },
    async (request) => questionnaires.retire(requestContext(request), request.params.questionnaireId),
  );
};

/** The questionnaires offered to the organisation's people — mounted at /api/questionnaires. */
export const questionnairesRoutes: FastifyPluginAsyncZod<{ questionnaires: QuestionnairesService }> = async (
  app,
  { questionnaires },
) => {
  app.get(
    '/',
    {
      config: { access: access.needs('questionnaires:read') },
      schema: { tags, summary: 'Questionnaires the organisation offers', response: { 200: zQuestionnaireList } },
    },
    async (request) => ({ questionnaires: await questionnaires.list(requestContext(request)) }),
  );
};
