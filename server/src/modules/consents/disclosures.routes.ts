import {
  zConsentParams,
  zConsentPreviewQuery,
  zDisclosureAccounting,
  zDisclosureAccountingQuery,
  zDisclosureList,
  zDisclosurePackage,
  zDisclosureRequest,
  zErrorBody,
  zParticipantParams,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requestContext } from '../../plugins/access.js';
import { accountingCsv } from './disclosures.csv.js';
import type { DisclosuresService } from './disclosures.service.js';

const tags = ['consents'];
const errors = { 400: zErrorBody, 403: zErrorBody, 404: zErrorBody, 409: zErrorBody };

/** Mounted at /api/participants/:participantId. */
export const disclosuresRoutes: FastifyPluginAsyncZod<{ disclosures: DisclosuresService }> = async (
  app,
  { disclosures },
) => {
  const use = { access: access.participantData('consents:use') };

  app.get(
    '/consents/:consentId/preview',
    {
      config: use,
      schema: {
        tags,
        summary: "See what they'll see: the package under this consent, nothing disclosed",
        params: zConsentParams,
        querystring: zConsentPreviewQuery,
        response: { 200: zDisclosurePackage, 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request) => {
      const { participantId, consentId } = request.params;
      return disclosures.preview(requestContext(request), participantId, consentId, request.query.language);
    },
  );

  app.get(
    '/disclosures',
    {
      config: use,
      schema: {
        tags,
        summary: 'Every disclosure of the person’s record',
        params: zParticipantParams,
        response: { 200: zDisclosureList, 404: zErrorBody },
      },
    },
    async (request) => ({
      disclosures: await disclosures.list(requestContext(request), request.params.participantId),
    }),
  );

  app.post(
    '/disclosures',
    {
      config: { access: access.participantData('disclosures:make', undefined, { sensitive: 'always' }) },
      schema: {
        tags,
        summary: 'Disclose under an active consent (a partnered specialist); answers the package',
        params: zParticipantParams,
        body: zDisclosureRequest,
        response: { 201: zDisclosurePackage, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await disclosures.disclose(requestContext(request), request.params.participantId, request.body)),
  );

  app.get(
    '/disclosures/accounting',
    {
      config: use,
      schema: {
        tags,
        summary: 'The accounting of disclosures (the person): the last 3 years, or a shorter period; JSON or CSV',
        params: zParticipantParams,
        querystring: zDisclosureAccountingQuery,
        response: {
          200: z.union([zDisclosureAccounting, z.string()]),
          400: zErrorBody,
          403: zErrorBody,
          404: zErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { format, ...period } = request.query;
      const accounting = await disclosures.accounting(requestContext(request), request.params.participantId, period);
      if (format === 'json') return accounting;
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="alongside-disclosures-${accounting.from}-${accounting.to}.csv"`,
        )
        .send(accountingCsv(accounting));
    },
  );
};
