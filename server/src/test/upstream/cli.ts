import { startTestUpstream } from './test-upstream.js';

// Runs the test upstream as a standalone process, e.g. for browser tests: `npx tsx server/src/test/upstream/cli.ts`.

const portText = process.env.PORT ?? '8090';
const port = Number.parseInt(portText, 10);
if (!/^\d+$/.test(portText) || port > 65_535) {
  console.error(`test upstream: PORT must be an integer between 0 and 65535, got "${portText}"`);
  process.exit(1);
}
// An empty variable means "no key" so shells can unset it with TEST_UPSTREAM_API_KEY=.
const apiKey = process.env.TEST_UPSTREAM_API_KEY || undefined;

const upstream = await startTestUpstream({ port, apiKey });
console.log(`test upstream listening at ${upstream.url}${apiKey ? ' (API key required)' : ''}`);

const shutDown = (signal: NodeJS.Signals): void => {
  console.log(`test upstream: ${signal} received, shutting down`);
  upstream.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('test upstream: failed to close', error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
