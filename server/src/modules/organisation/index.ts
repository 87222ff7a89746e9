/** Organisations (tenants) and their settings. */
export { createOrganisationsRepo, type OrganisationRow, type OrganisationsRepo } from './organisation.repo.js';
export { organisationRoutes } from './organisation.routes.js';
export { createOrganisationService, type OrganisationService } from './organisation.service.js';
export { createReportThresholdsRepo, type ReportThresholdsRepo } from './report-thresholds.repo.js';
