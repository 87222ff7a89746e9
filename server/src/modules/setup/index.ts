/**
 * First run: the one-time setup link that creates the first organisation and its admin; and the
 * operator's links that give further organisations on the same server their first admin.
 */

export { createOrganisationLinksRepo, type OrganisationLinksRepo } from './organisation-links.repo.js';
export { setupRoutes } from './setup.routes.js';
export { createSetupService, type SetupService } from './setup.service.js';
export { createSetupTokensRepo, type SetupTokensRepo } from './setup-tokens.repo.js';
