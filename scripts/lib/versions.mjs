// The version a release carries, said in three places that must agree:
// package.json (where it lives), the manifest the build stamped
// (dist/extension/manifest.json) and CHANGELOG.md's top entry ("## 1.2.3 ...").
// `node scripts/lib/versions.mjs [root]` prints the version, or each disagreement
// naming its file, and exits 1; scripts/release runs it before and after building.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = /^\d+\.\d+\.\d+$/;

/**
 * @param {string} root the repository (or a copy of its files)
 * @param {{ built?: boolean }} [options] built: the stamped manifest must be there and agree too
 * @returns {{ version?: string, problems: string[] }}
 */
export function checkVersions(root, { built = true } = {}) {
  const problems = [];
  const read = (file) => {
    const path = join(root, file);
    if (!existsSync(path)) {
      problems.push(`${file}: not found`);
      return undefined;
    }
    return readFileSync(path, 'utf8');
  };
  const json = (file) => {
    const text = read(file);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch (error) {
      problems.push(`${file}: not JSON (${error.message})`);
      return undefined;
    }
  };

  const version = json('package.json')?.version;
  if (version !== undefined && !VERSION.test(String(version))) {
    problems.push(`package.json: "version" should be three numbers like 1.2.3, got ${JSON.stringify(version)}`);
  }
  const changelog = read('CHANGELOG.md');
  if (changelog !== undefined) {
    const top = changelog.match(/^## +(\S+)/m);
    if (!top) problems.push('CHANGELOG.md: no entry ("## 1.2.3 (date)") found');
    else if (version !== undefined && top[1] !== version) {
      problems.push(`CHANGELOG.md: the top entry is ${top[1]}, package.json says ${version}; add an entry for ${version} (or set the version in package.json)`);
    }
  }
  if (built) {
    const stamped = json('dist/extension/manifest.json')?.version;
    if (stamped !== undefined && version !== undefined && stamped !== version) {
      problems.push(`dist/extension/manifest.json: the build stamped ${stamped}, package.json says ${version}; build again (scripts/build)`);
    }
  }
  return { version, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const built = !args.includes('--source');
  const root = args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('../..', import.meta.url));
  const { version, problems } = checkVersions(root, { built });
  if (problems.length > 0) {
    for (const problem of problems) console.error(`release: ${problem}`);
    process.exit(1);
  }
  console.log(version);
}
