/** The specialist's home: each partnership's last session, waiting suggestions and next steps. */
export { createOverviewRepo, type OverviewRepo } from './overview.repo.js';
export { overviewRoutes } from './overview.routes.js';
export { createOverviewService, type OverviewService } from './overview.service.js';
