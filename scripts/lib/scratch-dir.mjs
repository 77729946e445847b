import { mkdtempSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Memory-backed scratch space is used only with this much free in it (Docker gives /dev/shm 64 MB). */
const MIN_FREE_BYTES = 1024 ** 3;

/**
 * A new temporary folder for many small files: in memory (/dev/shm) where the system has one
 * with 1 GB free, else in the system's temporary folder. On this project's build machines,
 * creating 10,000 folders and files on disk costs 5–10 s of system time, in memory about 1 s.
 * The build's search records (one file, some 3.6 KB per bench article) are what it holds.
 */
export function scratchDir(prefix) {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize >= MIN_FREE_BYTES) return mkdtempSync(join('/dev/shm', prefix));
  } catch {
    // No /dev/shm (not Linux) or not writable: the disk it is.
  }
  return mkdtempSync(join(tmpdir(), prefix));
}
