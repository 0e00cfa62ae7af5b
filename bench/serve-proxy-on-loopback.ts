import type { Server } from 'node:http';
import type { Pool } from 'undici';

/**
 * For the benchmark's yardstick proxies: listens on a free loopback port, reports the address and pid on
 * stderr the way bench:gateway reads them, and closes the server and its upstream pool on SIGTERM.
 */
export function serveProxyOnLoopback(server: Server, pool: Pool): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    process.stderr.write(
      `${JSON.stringify({ url: `http://127.0.0.1:${address.port}/v1`, key: '', pid: process.pid })}\n`,
    );
  });
  process.on('SIGTERM', () => {
    server.close();
    void pool.close().then(() => process.exit(0));
  });
}
