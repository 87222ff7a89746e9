/** First run: the one-time setup link that creates the first organisation and its admin. */

export { setupRoutes } from './setup.routes.js';
export { createSetupService, type SetupService } from './setup.service.js';
export { createSetupTokensRepo, type SetupTokensRepo } from './setup-tokens.repo.js';
