export { builtInGuidelines } from './built-in-guidelines.js';
export { GuidelineRepository } from './guideline-repository.js';
export { registerGuidelinesRoutes } from './guidelines-routes.js';
export { GuidelinesService } from './guidelines-service.js';
