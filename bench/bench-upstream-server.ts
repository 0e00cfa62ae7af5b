import { startTestUpstream } from '../server/src/test/upstream/index.js';

/** The model server for benchmarks: the project's test upstream in its own process. */
const upstream = await startTestUpstream({ models: ['bench-chat'] });
process.stderr.write(`${JSON.stringify({ url: upstream.url, pid: process.pid })}\n`);
// The test upstream records every request for tests to inspect. A benchmark sends over a hundred thousand
// (~6 KB each): the heap would grow by most of a gigabyte over a run, so the upstream would get slower (more
// GC) the later a row runs, and the gateway rows run after the direct ones. Nothing here reads them.
setInterval(() => upstream.reset(), 1_000).unref();
process.on('SIGTERM', () => {
  void upstream.close().then(() => process.exit(0));
});
