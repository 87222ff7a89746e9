/** Session notes, written with the person: draft, their view, co-sign or "I see it differently", amendments. */
export { toNote } from './notes.mappers.js';
export { createNotesRepo, type NotesRepo } from './notes.repo.js';
export { notesRoutes } from './notes.routes.js';
export { createNotesService, type NotesService } from './notes.service.js';
