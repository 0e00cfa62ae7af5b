import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const contractsSource = fileURLToPath(new URL('../contracts/src/index.ts', import.meta.url));
const apiServer = 'http://localhost:8080';

export default defineConfig({
  root: webRoot,
  plugins: [react(), tailwindcss()],
  // The contracts package ships TypeScript sources; bundling them directly avoids a separate build step.
  resolve: { alias: { '@jumugwan/contracts': contractsSource } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
