/** Sign-in: passwords, sign-ins (one per device) and their throttle, and who a request's cookie is. */

export { authRoutes } from './auth.routes.js';
export { type AuthService, createAuthService, type SignedIn } from './auth.service.js';
export { createKnownDevices } from './known-devices.js';
export { assertAcceptablePassword, dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
export { createSignInDevicesRepo } from './sign-in-devices.repo.js';
export { createSignInSessionsRepo, type SignInSessionsRepo } from './sign-in-sessions.repo.js';
export {
  createSignInThrottle,
  type SignInThrottle,
  type ThrottleKey,
} from './sign-in-throttle.js';
