export { AuthService, type LoginThrottles } from './auth-service.js';
export {
  registerAuthentication,
  requirePlatformAdmin,
  requireUser,
  sessionCookieName,
  type AuthContext,
} from './authenticate-request.js';
export { registerAuthRoutes } from './auth-routes.js';
export { LoginThrottle } from './login-throttle.js';
export { hashPassword, verifyPassword } from './password-hash.js';
export { signPortalHeaders, verifyPortalHeaders, type PortalIdentity } from './portal-sso.js';
export { SessionRepository } from './session-repository.js';
export { SessionService } from './session-service.js';
