import { startTestUpstream } from '../server/src/test/upstream/index.js';

/** The model server for benchmarks: the project's test upstream in its own process. */
const upstream = await startTestUpstream({ models: ['bench-chat'] });
process.stderr.write(`${JSON.stringify({ url: upstream.url })}\n`);
process.on('SIGTERM', () => {
  void upstream.close().then(() => process.exit(0));
});
