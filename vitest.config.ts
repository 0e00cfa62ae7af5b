import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const contractsSource = fileURLToPath(new URL('./contracts/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@jumugwan/contracts': contractsSource } },
  test: {
    include: [
      'server/src/**/*.test.ts',
      'contracts/src/**/*.test.ts',
      'web/src/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    // Browser journeys take 12-19 s alone and up to twice that beside the other files on CI's two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on CI's two cores the files ran one at a time.
    maxWorkers: 2,
    // A worker keeps its imported modules from one file to the next: each database file used to import the
    // whole server again (~2-4 s of the run's CPU per file). Files share no state through modules: each makes
    // its own platforms, databases and upstreams.
    isolate: false,
    // Migrates a PGlite and a PostgreSQL template once per run (see the file); test databases are copies.
    globalSetup: ['server/src/test/global-setup.ts'],
    reporters: ['default'],
  },
});
