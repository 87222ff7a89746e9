/** Passwords: reset links (issued by staff or mailed on request) and changing one's own password. */
export { createPasswordResetsRepo, type PasswordResetsRepo } from './password-resets.repo.js';
export { passwordsRoutes } from './passwords.routes.js';
export { createPasswordsService, type PasswordsService } from './passwords.service.js';
