import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  name: string;
  /** The server's URL with this database in its path. */
  url: string;
  /** Drops it, closing whatever connections are left. */
  drop(): Promise<void>;
}

async function runOnServer(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new database with a random name on the PostgreSQL server at `adminUrl` (tests, their template and the
 * benchmarks each make their own), optionally copied from a template database.
 */
export async function createScratchDatabase(
  adminUrl: string,
  prefix: string,
  template: string | null = null,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await runOnServer(adminUrl, `create database ${name}${template === null ? '' : ` template ${template}`}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => runOnServer(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
