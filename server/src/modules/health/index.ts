/** `/api/health` and `/api/ready`. */
export { createHealthRepo, type HealthRepo } from './health.repo.js';
export { healthRoutes } from './health.routes.js';
