import {
  type Consent,
  zConsent,
  zConsentDraftRequest,
  zConsentList,
  zConsentParams,
  zConsentRevokeRequest,
  zConsentSignRequest,
  zConsentText,
  zConsentTextQuery,
  zErrorBody,
  zParticipantParams,
  zRevocationRequestBody,
} from '@alongside/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/actor.js';
import { BadRequestError } from '../../lib/errors.js';
import { access, requestContext } from '../../plugins/access.js';
import type { ConsentsService } from './consents.service.js';

const tags = ['consents'];
const errors = { 400: zErrorBody, 403: zErrorBody, 404: zErrorBody, 409: zErrorBody };

/**
 * "Until I revoke it" is for a TPO consent only; on a consent to a named recipient the schema
 * would call it an unknown kind of expiry. Said in the words of the rule, before validation.
 */
async function noOpenEndedSpecific(request: FastifyRequest) {
  const body = request.body as { kind?: unknown; expiry?: { kind?: unknown } } | null | undefined;
  if (body?.kind === 'specific' && body.expiry?.kind === 'none') {
    throw new BadRequestError(
      'consent_tpo_only',
      'A consent to a named recipient needs an end: a date, or the end of peer support.',
      'expiry',
    );
  }
}

/** Mounted at /api/participants/:participantId. Who may do what is the service's (see its comments). */
export const consentsRoutes: FastifyPluginAsyncZod<{ consents: ConsentsService }> = async (app, { consents }) => {
  const use = { access: access.participantData('consents:use') };
  /** A consent changed by staff is changed on the person's behalf: re-confirmed (sign-in-rules.ts). */
  const onBehalf = { access: access.participantData('consents:use', undefined, { sensitive: 'always' }) };

  app.get(
    '/consents',
    {
      config: use,
      schema: {
        tags,
        summary: "The person's consents",
        params: zParticipantParams,
        response: { 200: zConsentList, 404: zErrorBody },
      },
    },
    async (request) => ({ consents: await consents.list(requestContext(request), request.params.participantId) }),
  );

  app.post(
    '/consents',
    {
      config: onBehalf,
      preValidation: noOpenEndedSpecific,
      schema: {
        tags,
        summary: 'Draft a consent (the person, or their specialist with them)',
        params: zParticipantParams,
        body: zConsentDraftRequest,
        response: { 201: zConsent, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await consents.draft(requestContext(request), request.params.participantId, request.body)),
  );

  app.get(
    '/consents/:consentId',
    { config: use, schema: { tags, params: zConsentParams, response: { 200: zConsent, 404: zErrorBody } } },
    async (request) => consents.get(requestContext(request), request.params.participantId, request.params.consentId),
  );

  app.get(
    '/consents/:consentId/text',
    {
      config: use,
      schema: {
        tags,
        summary: 'The consent form as the person reads it, with its SHA-256',
        params: zConsentParams,
        querystring: zConsentTextQuery,
        response: { 200: zConsentText, 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request) => {
      const { participantId, consentId } = request.params;
      return consents.text(requestContext(request), participantId, consentId, request.query.language);
    },
  );

  /** One change to one consent: sign, revoke, record a request to revoke. */
  function action<B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: RequestContext, ids: z.infer<typeof zConsentParams>, body: z.infer<B>) => Promise<Consent>,
    config: typeof use = use,
  ) {
    app.post(
      `/consents/:consentId/${path}`,
      {
        config,
        schema: { tags, summary, params: zConsentParams, body, response: { 200: zConsent, ...errors } },
      },
      async (request) => run(requestContext(request), request.params, request.body as z.infer<B>),
    );
  }
  action('sign', 'Sign the text read (the person only)', zConsentSignRequest, (ctx, ids, body) =>
    consents.sign(ctx, ids.participantId, ids.consentId, body),
  );
  action('revoke', 'Revoke, effective at once (the person only)', zConsentRevokeRequest, (ctx, ids, body) =>
    consents.revoke(ctx, ids.participantId, ids.consentId, body.statement),
  );
  action(
    'revocation-request',
    'Record that the person asked to revoke (their specialist); the person confirms',
    zRevocationRequestBody,
    (ctx, ids, body) => consents.requestRevocation(ctx, ids.participantId, ids.consentId, body.note),
    onBehalf,
  );

  app.post(
    '/consents/:consentId/discard',
    {
      config: onBehalf,
      schema: { tags, summary: 'Withdraw a draft', params: zConsentParams, response: { 200: zConsent, ...errors } },
    },
    async (request) => {
      const { participantId, consentId } = request.params;
      return consents.discard(requestContext(request), participantId, consentId);
    },
  );
};
