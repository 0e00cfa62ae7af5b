import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirectoryInUseError, lockDataDirectory } from './data-directory-lock.js';
import { openDatabase } from './open-database.js';

describe('lockDataDirectory', () => {
  let folder: string;
  let directory: string;
  let lockPath: string;
  const children: ChildProcess[] = [];

  /** A live process that is not this one, as another server would be. */
  const otherProcess = (): number => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(child);
    if (child.pid === undefined) throw new Error('no child process');
    return child.pid;
  };

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'jumugwan-lock-'));
    directory = join(folder, 'pglite');
    lockPath = `${directory}.lock`;
  });
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('holds the directory for this process until released, and not twice', () => {
    const release = lockDataDirectory(directory);
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    expect(() => lockDataDirectory(directory)).toThrow(DataDirectoryInUseError);
    release();
    expect(existsSync(lockPath)).toBe(false);
    lockDataDirectory(directory)();
  });

  it('refuses a directory another live process holds, with a Korean message naming the lock file', () => {
    const pid = otherProcess();
    writeFileSync(lockPath, `${String(pid)}\n`);
    let refused: unknown;
    try {
      lockDataDirectory(directory);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirectoryInUseError);
    expect(refused).toMatchObject({ holderPid: pid, lockPath });
    expect((refused as Error).message).toContain('다른 프로세스');
    expect((refused as Error).message).toContain(lockPath);
    // The other process's lock is left as it was.
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(pid));
  });

  it('takes over a lock whose process has ended', async () => {
    const pid = otherProcess();
    writeFileSync(lockPath, `${String(pid)}\n`);
    const child = children[0];
    child?.kill('SIGKILL');
    await new Promise((resolve) => child?.once('exit', resolve));
    const release = lockDataDirectory(directory);
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    release();
  });

  it('treats a lock file without a pid as being written, unless it is old', () => {
    writeFileSync(lockPath, '');
    expect(() => lockDataDirectory(directory)).toThrow(DataDirectoryInUseError);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPath, minuteAgo, minuteAgo);
    lockDataDirectory(directory)();
  });

  it('keeps a second PGlite from opening the same files, and lets it open once the first is closed', async () => {
    const first = await openDatabase({ pgliteDirectory: directory });
    await expect(openDatabase({ pgliteDirectory: directory })).rejects.toBeInstanceOf(
      DataDirectoryInUseError,
    );
    await first.close();
    expect(existsSync(lockPath)).toBe(false);
    const second = await openDatabase({ pgliteDirectory: directory });
    await second.ping();
    await second.close();
  });
});
