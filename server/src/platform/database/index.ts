export {
  migratedPgliteTemplate,
  type BulkStatement,
  type BulkWriter,
  openDatabase,
  type Database,
  type DatabaseHandle,
  type OpenDatabaseOptions,
} from './open-database.js';
export { DataDirectoryInUseError } from './data-directory-lock.js';
export { resultRows } from './result-rows.js';
export * as tables from './schema.js';
