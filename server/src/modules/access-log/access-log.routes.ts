import { zAccessLogPage, zAccessLogQuery, zAccessSittingsPage, zAccessSittingsQuery } from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access, requestContext } from '../../plugins/access.js';
import type { AccessLogService } from './access-log.service.js';

export const accessLogRoutes: FastifyPluginAsyncZod<{ accessLog: AccessLogService }> = async (app, { accessLog }) => {
  app.get(
    '/',
    {
      config: { access: access.needs('access-log:own') },
      schema: {
        tags: ['access log'],
        summary: 'Who has looked at my record',
        querystring: zAccessLogQuery,
        response: { 200: zAccessLogPage },
      },
    },
    async (request) => accessLog.pageForSelf(requestContext(request), request.query),
  );

  app.get(
    '/sittings',
    {
      config: { access: access.needs('access-log:own') },
      schema: {
        tags: ['access log'],
        summary: 'Who has looked at my record, one line per sitting',
        querystring: zAccessSittingsQuery,
        response: { 200: zAccessSittingsPage },
      },
    },
    async (request) => accessLog.sittingsForSelf(requestContext(request), request.query),
  );
};
