import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

/** Another live process holds the PGlite data directory. */
export class DataDirectoryInUseError extends Error {
  constructor(
    readonly directory: string,
    readonly lockPath: string,
    readonly holderPid: number,
  ) {
    super(
      `데이터 폴더 ${directory}를 다른 프로세스(pid ${String(holderPid)})가 쓰고 있습니다. 두 프로세스가 같은 폴더를 ` +
        `함께 열면 데이터가 손상되므로 열지 않았습니다. 실행 중인 서버를 멈춘 뒤 다시 시도하세요. 그런 프로세스가 ` +
        `없는데도 이 메시지가 나오면 ${lockPath} 파일을 지우세요.`,
    );
    this.name = 'DataDirectoryInUseError';
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isFresh(lockPath: string): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

function holderOf(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Takes `<directory>.lock` for this process and returns its release. PGlite lets two processes open the same
 * files (the server and `npm run admin:create`, say), and both then write them, which corrupts the database.
 * A lock left by a process that ended without releasing it (killed, crashed) is taken over.
 */
export function lockDataDirectory(directory: string): () => void {
  const lockPath = `${directory.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    let descriptor: number;
    try {
      descriptor = openSync(lockPath, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(lockPath);
      if (holder !== null && isAlive(holder)) throw new DataDirectoryInUseError(directory, lockPath, holder);
      // No pid yet: another process has just made the file and is about to write it.
      if (holder === null && isFresh(lockPath)) throw new DataDirectoryInUseError(directory, lockPath, 0);
      try {
        unlinkSync(lockPath);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
      }
      continue;
    }
    try {
      writeSync(descriptor, `${String(process.pid)}\n`);
    } finally {
      closeSync(descriptor);
    }
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      process.off('exit', release);
      // Only our own lock: one taken over after this process was thought gone stays.
      if (holderOf(lockPath) === process.pid) unlinkSync(lockPath);
    };
    process.on('exit', release);
    return release;
  }
  throw new DataDirectoryInUseError(directory, lockPath, holderOf(lockPath) ?? 0);
}
