import type { Platform } from '../create-platform.js';

/** Serves the platform on a free port of 127.0.0.1 and returns its base URL, e.g. `http://127.0.0.1:40123`. */
export async function listenOnFreePort(platform: Platform): Promise<string> {
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const address = platform.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no address');
  return `http://127.0.0.1:${String(address.port)}`;
}
