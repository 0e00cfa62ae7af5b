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
    // The ECharts chunk (~570 kB) is loaded only by the lazy usage dashboards, never on first paint.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across app releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // Only the usage dashboards draw charts; their lazy route loads this chunk on first visit.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiServer,
      // The OpenAI-compatible API and its documentation are served by the server, not the SPA.
      '/v1': apiServer,
      '/docs': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
