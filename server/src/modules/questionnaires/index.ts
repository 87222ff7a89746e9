/** The organisation's own self-assessment instruments (FHIR R4 Questionnaires). */
export { createQuestionnairesRepo, type QuestionnairesRepo } from './questionnaires.repo.js';
export { questionnairesAdminRoutes, questionnairesRoutes } from './questionnaires.routes.js';
export { createQuestionnairesService, type QuestionnairesService, toQuestionnaire } from './questionnaires.service.js';
