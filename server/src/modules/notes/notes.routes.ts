import {
  zAddAmendment,
  zDraftNote,
  zEditNote,
  zErrorBody,
  zLiveSessionParams,
  zParticipantParams,
  zParticipantView,
  zRespondToNote,
  zSessionNote,
  zSessionNoteList,
} from '@alongside/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access, requestContext } from '../../plugins/access.js';
import type { NotesService } from './notes.service.js';

const tags = ['notes'];
const errors = { 400: zErrorBody, 403: zErrorBody, 404: zErrorBody, 409: zErrorBody };
const zNoteParams = z.strictObject({ noteId: z.uuid() });

/** Mounted at /api: notes live under their participant, their session, and /notes/:noteId. */
export const notesRoutes: FastifyPluginAsyncZod<{ notes: NotesService }> = async (app, { notes }) => {
  const use = { access: access.participantData('notes:use', notes.ownerOf) };

  app.get(
    '/participants/:participantId/notes',
    {
      config: use,
      schema: {
        tags,
        summary: 'Every note about a participant',
        params: zParticipantParams,
        response: { 200: zSessionNoteList, 404: zErrorBody },
      },
    },
    async (request) => ({ notes: await notes.list(requestContext(request), request.params.participantId) }),
  );

  app.post(
    '/live-sessions/:liveSessionId/note',
    {
      config: use,
      schema: {
        tags,
        summary: 'Draft the session note',
        params: zLiveSessionParams,
        body: zDraftNote,
        response: { 201: zSessionNote, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await notes.draft(requestContext(request), request.params.liveSessionId, request.body)),
  );

  app.get(
    '/notes/:noteId',
    { config: use, schema: { tags, params: zNoteParams, response: { 200: zSessionNote, 404: zErrorBody } } },
    async (request) => notes.get(requestContext(request), request.params.noteId),
  );

  app.patch(
    '/notes/:noteId',
    {
      config: use,
      schema: {
        tags,
        summary: 'Edit the draft (specialist)',
        params: zNoteParams,
        body: zEditNote,
        response: { 200: zSessionNote, ...errors },
      },
    },
    async (request) => notes.edit(requestContext(request), request.params.noteId, request.body),
  );

  app.put(
    '/notes/:noteId/participant-view',
    {
      config: use,
      schema: {
        tags,
        summary: 'The participant’s own view',
        params: zNoteParams,
        body: zParticipantView,
        response: { 200: zSessionNote, ...errors },
      },
    },
    async (request) => notes.setParticipantView(requestContext(request), request.params.noteId, request.body),
  );

  app.post(
    '/notes/:noteId/respond',
    {
      config: use,
      schema: {
        tags,
        summary: 'Co-sign, or "I see it differently" — locks the note',
        params: zNoteParams,
        body: zRespondToNote,
        response: { 200: zSessionNote, ...errors },
      },
    },
    async (request) => notes.respond(requestContext(request), request.params.noteId, request.body),
  );

  app.post(
    '/notes/:noteId/amendments',
    {
      config: use,
      schema: {
        tags,
        summary: 'Amend a locked note (append-only)',
        params: zNoteParams,
        body: zAddAmendment,
        response: { 200: zSessionNote, ...errors },
      },
    },
    async (request) => notes.amend(requestContext(request), request.params.noteId, request.body.text),
  );
};
