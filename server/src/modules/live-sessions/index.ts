/** Live sessions: a specialist and a participant working together, and whether a command is part of one. */
export type { JoinedLiveSession, LiveSessionGate } from './live-session-gate.js';
export { createLiveSessionsRepo, type LiveSessionsRepo } from './live-sessions.repo.js';
export { liveSessionsRoutes } from './live-sessions.routes.js';
export { createLiveSessionsService, type LiveSessionsService, toLiveSession } from './live-sessions.service.js';
