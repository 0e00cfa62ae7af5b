import { createServer } from 'node:http';
import { Pool } from 'undici';
import { serveProxyOnLoopback } from './serve-proxy-on-loopback.js';

/**
 * A yardstick for bench:gateway, not part of the platform: the least a Node proxy can do on this machine.
 * node:http in, an undici keep-alive pool out, bytes forwarded as they come (no parsing, no key, no policy,
 * no logs). What it reaches against direct is the ceiling for any gateway written in Node here, since the
 * extra hop's socket writes and wake-ups cost the same whatever the gateway does in between.
 */
const upstream = new URL(process.argv[2] ?? '');
const pool = new Pool(upstream.origin, { connections: 32, pipelining: 1 });

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    pool
      .request({
        path: `${upstream.pathname}/chat/completions`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.concat(chunks),
      })
      .then(async (answer) => {
        response.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type']) });
        for await (const chunk of answer.body) response.write(chunk);
        response.end();
      })
      .catch(() => {
        response.writeHead(502).end();
      });
  });
});

serveProxyOnLoopback(server, pool);
