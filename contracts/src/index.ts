export * from './api-keys.js';
export * from './chat.js';
export * from './errors.js';
export * from './health.js';
export * from './models.js';
export * from './org.js';
export * from './server-sent-events.js';
export * from './session.js';
