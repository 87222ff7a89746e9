import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded database is one process's files: a second process opening the same folder (a
 * second server, or `npm run org:create` while the server runs) would corrupt it, and PGlite does
 * not guard against that itself. The folder therefore holds the owner's process id; a process
 * that finds a live owner refuses with a message that says what to do. A lock left by a process
 * that died (kill -9, power cut) is taken over.
 */
export class DataDirInUseError extends Error {}

const lockName = 'alongside.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Claims the folder for this process; returns the release to call when the database closes. */
export function claimDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, lockName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(lockFile);
      if (owner !== undefined && isAlive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by process ${owner}` +
            `${owner === process.pid ? ' (this one)' : ''}. Stop the Alongside server first, or use PostgreSQL (DATABASE_URL).`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(
    `Could not claim the embedded database in ${dataDir}; another process is starting on it.`,
  );
}
