export * from './access-log.js';
export * from './auth.js';
export * from './live-sessions.js';
export * from './organisations.js';
export * from './people.js';
export * from './plan.js';
export * from './plan-events.js';
export * from './resources.js';
