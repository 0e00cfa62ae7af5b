import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDirectory } from './data-directory-lock.js';
import * as schema from './schema.js';

export type DatabaseSchema = typeof schema;
/** The driver-independent Drizzle handle: repositories only see this. */
export type Database = PgDatabase<PgQueryResultHKT, DatabaseSchema>;

/** A raw statement for `BulkWriter`; `blob` feeds a `COPY … FROM '/dev/blob'`. */
export interface BulkStatement {
  text: string;
  params?: unknown[];
  blob?: Blob;
}

/** Runs statements in one transaction on PGlite's own connection (COPY from a blob needs it). */
export type BulkWriter = (statements: readonly BulkStatement[]) => Promise<void>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /**
   * Set on PGlite, where COPY costs a third of an INSERT and runs on our own thread; on PostgreSQL the server
   * does that work, so it is not needed there.
   */
  bulkWriter?: BulkWriter;
  vectorAvailable: boolean;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent PGlite is used. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite files; `memory://` for a throw-away database (tests). */
  pgliteDirectory: string;
  /**
   * A migrated PGlite data directory to start from (see `migratedPgliteTemplate`): skips initdb, which is
   * most of the ~3 s a fresh PGlite takes. Tests that open many databases use it.
   */
  pgliteTemplate?: Blob | undefined;
}

const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

async function openPglite(directory: string, template: Blob | undefined): Promise<DatabaseHandle> {
  const inMemory = directory.startsWith('memory://');
  if (!inMemory) mkdirSync(directory, { recursive: true });
  const release = inMemory ? () => undefined : lockDataDirectory(directory);
  let opened: PGlite | undefined;
  try {
    opened = await PGlite.create({
      dataDir: directory,
      extensions: { vector },
      ...(template === undefined ? {} : { loadDataDir: template }),
    });
    // PGlite ships pgvector, so the extension is always there.
    await opened.exec('create extension if not exists vector');
    await migratePglite(drizzlePglite(opened, { schema }), { migrationsFolder });
  } catch (error) {
    await opened?.close().catch(() => undefined);
    release();
    throw error;
  }
  const client = opened;
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    bulkWriter: async (statements) => {
      await client.transaction(async (transaction) => {
        for (const statement of statements) {
          await transaction.query(
            statement.text,
            statement.params ?? [],
            statement.blob === undefined ? {} : { blob: statement.blob },
          );
        }
      });
    },
    vectorAvailable: true,
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function enablePostgresVector(pool: pg.Pool): Promise<boolean> {
  try {
    await pool.query('create extension if not exists vector');
    return true;
  } catch {
    // The server lacks pgvector or we may not create extensions: vector search falls back to exact scans.
    return false;
  }
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool
  // discards it and opens a new one on the next query.
  pool.on('error', () => undefined);
  const vectorAvailable = await enablePostgresVector(pool);
  const db = drizzlePostgres(pool, { schema });
  await migratePostgres(db, { migrationsFolder });
  return {
    db,
    kind: 'postgres',
    vectorAvailable,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

/** Opens the database and applies pending migrations before anything else touches it. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl);
  return openPglite(options.pgliteDirectory, options.pgliteTemplate);
}

/** An in-memory PGlite with every migration applied, as a data-directory dump to open copies from. */
export async function migratedPgliteTemplate(): Promise<Blob> {
  const client = await PGlite.create({ dataDir: 'memory://', extensions: { vector } });
  try {
    await client.exec('create extension if not exists vector');
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}
