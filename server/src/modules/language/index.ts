/** Respectful-language terms of an organisation and the nudge counts behind the reports. */
export { createLanguageRepo, type LanguageRepo } from './language.repo.js';
export { languageNudgesRoutes, languageTermsRoutes } from './language.routes.js';
export { createLanguageService, type LanguageService } from './language.service.js';
