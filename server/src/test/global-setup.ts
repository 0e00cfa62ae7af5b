import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migratedPgliteTemplate, openDatabase } from '../platform/database/index.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-postgres-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding a migrated PGlite data directory (`migratedPgliteTemplate`), made once per run. */
    pgliteTemplateFile: string | null;
    /** A migrated PostgreSQL database that every test database is created from; null without DATABASE_URL. */
    postgresTemplateDatabase: string | null;
  }
}

/** Runs the real migrations once per test run on each engine; every test database starts from a copy. */
async function migratedPostgresTemplate(adminUrl: string): Promise<ScratchDatabase> {
  const template = await createScratchDatabase(adminUrl, 'jumugwan_template');
  const database = await openDatabase({ databaseUrl: template.url, pgliteDirectory: 'memory://' });
  // The template must have no connection left, or `create database … template` refuses it.
  await database.close();
  return template;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'jumugwan-test-template-'));
  const adminUrl = process.env.DATABASE_URL;
  const [pgliteTemplate, postgresTemplate] = await Promise.all([
    migratedPgliteTemplate(),
    adminUrl === undefined ? null : migratedPostgresTemplate(adminUrl),
  ]);
  const pgliteTemplateFile = join(folder, 'pglite-template.tar');
  await writeFile(pgliteTemplateFile, new Uint8Array(await pgliteTemplate.arrayBuffer()));
  project.provide('pgliteTemplateFile', pgliteTemplateFile);
  project.provide('postgresTemplateDatabase', postgresTemplate?.name ?? null);
  return async () => {
    await postgresTemplate?.drop();
    await rm(folder, { recursive: true, force: true });
  };
}
