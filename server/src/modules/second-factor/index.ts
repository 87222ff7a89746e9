/** Second factors: passkeys, authenticator apps (TOTP), backup codes; sign-in's second step and re-confirmation. */

export { relyingPartyFor } from './passkeys.js';
export { secondFactorAdminRoutes, secondFactorRoutes } from './second-factor.routes.js';
export { createSecondFactorService, type SecondFactorService } from './second-factor.service.js';
export { createSecondFactorsRepo, type SecondFactorsRepo } from './second-factors.repo.js';
