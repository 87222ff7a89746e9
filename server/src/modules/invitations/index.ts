/** Invitations: single-use links that create an account (and, from a specialist, a partnership). */
export { createInvitationsRepo, type InvitationsRepo } from './invitations.repo.js';
export { invitationsRoutes } from './invitations.routes.js';
export { createInvitationsService, type InvitationsService } from './invitations.service.js';
