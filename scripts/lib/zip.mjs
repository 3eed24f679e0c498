// The Web Store zip of a folder, the same bytes whenever the files are the same:
// Info-ZIP's zip over a sorted list of the files (never the directory order the
// file system happens to give), with every file's time set to one instant (the
// commit's, SOURCE_DATE_EPOCH) read as UTC, its mode to 0644, and no extra fields
// (-X: no uid, gid or extended times) or directory entries (-D), compressed
// as far as deflate goes (-9). Used by
// scripts/assemble.mjs (dist/limber-<version>.zip), scripts/release and the
// size budget (tests/node/budgets.test.mjs), so there is one way to zip.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';

// 1980-01-01 is the earliest time a zip entry can hold; a build outside git uses it.
export const EARLIEST = 315532800;

/** The instant a build's files are stamped with: SOURCE_DATE_EPOCH, else HEAD's commit time, else 1980. */
export function sourceDateEpoch(root) {
  const given = process.env.SOURCE_DATE_EPOCH;
  if (given !== undefined && given !== '') {
    if (!/^\d+$/.test(given)) throw new Error(`SOURCE_DATE_EPOCH: expected whole seconds since 1970, got "${given}"`);
    return Math.max(Number(given), EARLIEST);
  }
  try {
    return Math.max(Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()), EARLIEST);
  } catch {
    return EARLIEST;
  }
}

/** Every file under dir, as paths relative to it, in byte order. */
function filesUnder(dir, at = dir) {
  return readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
    const path = join(at, entry.name);
    return entry.isDirectory() ? filesUnder(dir, path) : [relative(dir, path)];
  });
}

/**
 * Zips every file under dir into zipPath (which must not exist yet), leaving out
 * those for which exclude(path) is true. Stamps the files in dir with the epoch
 * (seconds) and mode 0644 first, which is what the zip records of them.
 * @param {string} dir
 * @param {string} zipPath
 * @param {{ epoch?: number, exclude?: (path: string) => boolean }} [options]
 */
export function zipFolder(dir, zipPath, { epoch = EARLIEST, exclude = () => false } = {}) {
  const files = filesUnder(dir).filter((path) => !exclude(path))
    .sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
  for (const file of files) {
    chmodSync(join(dir, file), 0o644);
    utimesSync(join(dir, file), epoch, epoch);
  }
  execFileSync('zip', ['-X', '-D', '-9', '-q', zipPath, '-@'], {
    cwd: dir,
    input: `${files.join('\n')}\n`,
    env: { ...process.env, TZ: 'UTC' },
  });
  return files;
}
