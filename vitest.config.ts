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
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
