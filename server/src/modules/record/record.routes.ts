import { Readable } from 'node:stream';
import { zErrorBody, zParticipantParams } from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requestContext } from '../../plugins/access.js';
import type { RecordService } from './record.service.js';

const tags = ['record'];
const attachment = (filename: string) => `attachment; filename="${filename}"`;

/** Mounted at /api/participants/:participantId/record. */
export const recordRoutes: FastifyPluginAsyncZod<{ record: RecordService }> = async (app, { record }) => {
  const config = { access: access.participantData('record:own') };
  const params = zParticipantParams;

  app.get(
    '/export.json',
    {
      config,
      schema: {
        tags,
        summary: 'My whole record as JSON (shape: zRecordExport, schemaVersion 1), streamed',
        params,
        // A stream, written section by section; parse it with `zRecordExport`.
        response: { 200: z.unknown(), 404: zErrorBody },
      },
    },
    async (request, reply) => {
      const download = await record.json(requestContext(request), request.params.participantId);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment(download.filename))
        .send(Readable.from(download.body));
    },
  );

  app.get(
    '/export.fhir.json',
    {
      config,
      schema: {
        tags,
        summary: 'My record as a FHIR R4 Bundle (collection)',
        params,
        response: { 200: z.string(), 404: zErrorBody },
      },
    },
    async (request, reply) => {
      const download = await record.fhir(requestContext(request), request.params.participantId);
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header('content-disposition', attachment(download.filename))
        .send(download.body);
    },
  );
};
