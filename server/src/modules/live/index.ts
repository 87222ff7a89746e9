/** The live channel: one WebSocket per device, rooms per plan, presence, and fan-out between instances. */

export { liveSocketErrorHandler } from './live.faults.js';
export { createLiveHub, type LiveHub, type LiveHubDeps } from './live.hub.js';
export { liveRoutes } from './live.routes.js';
