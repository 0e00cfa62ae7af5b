export { configSchema, secretKeys, type Config } from './config-schema.js';
export { ConfigError, loadConfig } from './load-config.js';
