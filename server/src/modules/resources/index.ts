/** The organisation's community-resource directory. */
export { createResourcesRepo, type ResourcesRepo } from './resources.repo.js';
export { resourcesRoutes } from './resources.routes.js';
export { createResourcesService, type ResourcesService } from './resources.service.js';
