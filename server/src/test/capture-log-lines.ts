import { Writable } from 'node:stream';

/** A log stream for `createTestPlatform({ logStream })` that pushes every line the logger writes onto `lines`. */
export function captureLogLines(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString('utf8'));
      callback();
    },
  });
}
