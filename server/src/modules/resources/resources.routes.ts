import {
  zErrorBody,
  zOk,
  zResource,
  zResourceIdParams,
  zResourceImportErrors,
  zResourceImportResult,
  zResourceInput,
  zResourceList,
  zResourcePatch,
  zResourceSearchQuery,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requestContext } from '../../plugins/access.js';
import type { ResourcesService } from './resources.service.js';

/** The community-resource directory — mounted at /api/resources. */
export const resourcesRoutes: FastifyPluginAsyncZod<{ resources: ResourcesService }> = async (app, { resources }) => {
  const tags = ['resources'];
  const read = { access: access.needs('resources:read') };
  const manage = { access: access.needs('resources:manage') };

  // CSV import arrives as text/csv (this scope only).
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 2 * 1024 * 1024 }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Search the directory',
        querystring: zResourceSearchQuery,
        response: { 200: zResourceList, 400: zErrorBody },
      },
    },
    async (request) => ({ resources: await resources.search(requestContext(request), request.query) }),
  );

  app.post(
    '/',
    {
      config: manage,
      schema: { tags, body: zResourceInput, response: { 201: zResource, 400: zErrorBody } },
    },
    async (request, reply) => reply.status(201).send(await resources.create(requestContext(request), request.body)),
  );

  app.get(
    '/export.csv',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The directory as CSV (Open Referral HSDS column names)',
        response: { 200: z.string() },
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="resources.csv"')
        .send(await resources.exportCsv(requestContext(request))),
  );

  app.post(
    '/import.csv',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Import CSV: all rows or none; bad rows are reported with their line numbers',
        consumes: ['text/csv'],
        body: z.string(),
        // A refused file lists its bad lines; any other 400 (a body that is no CSV at all) is the usual error.
        response: { 200: zResourceImportResult, 400: z.union([zResourceImportErrors, zErrorBody]), 415: zErrorBody },
      },
    },
    async (request, reply) => {
      const outcome = await resources.importCsv(requestContext(request), request.body);
      if (outcome.ok) return reply.send(outcome.result);
      const first = outcome.problems[0];
      return reply.status(400).send({
        error: 'import_invalid' as const,
        message: first
          ? `line ${first.line}, ${first.field}: ${first.message}` +
            (outcome.problems.length > 1 ? ` (and ${outcome.problems.length - 1} more)` : '')
          : 'The file is not valid.',
        requestId: request.id,
        field: first ? `line ${first.line}: ${first.field}` : 'csv',
        lines: outcome.problems,
      });
    },
  );

  app.get(
    '/:resourceId',
    {
      config: read,
      schema: { tags, params: zResourceIdParams, response: { 200: zResource, 404: zErrorBody } },
    },
    async (request) => resources.get(requestContext(request), request.params.resourceId),
  );

  app.patch(
    '/:resourceId',
    {
      config: manage,
      schema: {
        tags,
        params: zResourceIdParams,
        body: zResourcePatch,
        response: { 200: zResource, 400: zErrorBody, 404: zErrorBody },
      },
    },
    async (request) => resources.update(requestContext(request), request.params.resourceId, request.body),
  );

  app.delete(
    '/:resourceId',
    {
      config: manage,
      schema: { tags, params: zResourceIdParams, response: { 200: zOk, 404: zErrorBody } },
    },
    async (request) => {
      await resources.remove(requestContext(request), request.params.resourceId);
      return { ok: true as const };
    },
  );
};
