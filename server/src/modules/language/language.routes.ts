import {
  zBuiltInTermParams,
  zBuiltInTermSwitch,
  zCustomTerm,
  zCustomTermInput,
  zErrorBody,
  zLanguageSettings,
  zLanguageTermIdParams,
  zNudgeEventBatch,
  zNudgeEventsRecorded,
  zOk,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { LanguageService } from './language.service.js';

const tags = ['language'];

/**
 * The organisation's respectful-language terms — mounted at /api/organisation/language-terms.
 * Staff read them (to nudge as they write); admins add their community's words and switch
 * built-in ones off.
 */
export const languageTermsRoutes: FastifyPluginAsyncZod<{ language: LanguageService }> = async (app, { language }) => {
  const read = { access: access.needs('language-terms:read') };
  const manage = { access: access.needs('org:manage') };

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: "The organisation's own terms and the built-in ones it switched off",
        response: { 200: zLanguageSettings },
      },
    },
    async (request) => language.settings(requestContext(request)),
  );

  app.post(
    '/',
    { config: manage, schema: { tags, body: zCustomTermInput, response: { 201: zCustomTerm, 400: zErrorBody } } },
    async (request, reply) => reply.status(201).send(await language.create(requestContext(request), request.body)),
  );

  app.patch(
    '/:termId',
    {
      config: manage,
      schema: {
        tags,
        params: zLanguageTermIdParams,
        body: zCustomTermInput,
        response: { 200: zCustomTerm, 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request) => language.update(requestContext(request), request.params.termId, request.body),
  );

  app.delete(
    '/:termId',
    { config: manage, schema: { tags, params: zLanguageTermIdParams, response: { 200: zOk, 404: zErrorBody } } },
    async (request) => {
      await language.remove(requestContext(request), request.params.termId);
      return { ok: true as const };
    },
  );

  app.patch(
    '/built-in/:key',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Switch a built-in term on or off for this organisation',
        params: zBuiltInTermParams,
        body: zBuiltInTermSwitch,
        response: { 200: zLanguageSettings, 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request) => language.switchBuiltIn(requestContext(request), request.params.key, request.body.enabled),
  );
};

/** What became of the nudges a writer saw — mounted at /api/language-nudges. Counts, never text. */
export const languageNudgesRoutes: FastifyPluginAsyncZod<{ language: LanguageService }> = async (app, { language }) => {
  app.post(
    '/',
    {
      config: { access: access.needs('language-nudges:record') },
      schema: {
        tags,
        summary: 'Record nudges shown, alternatives taken and words kept (batched)',
        body: zNudgeEventBatch,
        response: { 201: zNudgeEventsRecorded, 400: zErrorBody, 429: zErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ recorded: await language.record(requestContext(request), request.body) }),
  );
};
