import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The encryption key for secrets at rest. Production sets SECRET_KEY (or SECRET_KEY_FILE); the embedded
 * default keeps a generated key beside the data so `npm start` works with no configuration.
 */
export function resolveSecretKey(
  configured: string | undefined,
  dataDirectory: string,
): { keyHex: string; generated: boolean } {
  if (configured !== undefined) return { keyHex: configured, generated: false };
  const path = join(dataDirectory, 'secret.key');
  if (existsSync(path)) return { keyHex: readFileSync(path, 'utf8').trim(), generated: false };
  mkdirSync(dataDirectory, { recursive: true });
  const keyHex = randomBytes(32).toString('hex');
  writeFileSync(path, `${keyHex}\n`, { mode: 0o600 });
  return { keyHex, generated: true };
}
