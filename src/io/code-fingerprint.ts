/**
 * A fingerprint of the code that produces a cache entry: the source of every module reachable
 * by import from the producing modules (read from disk, as built or as TypeScript when run from
 * src/), the version of every package they import, Node's version (its ICU decides word and
 * sentence boundaries). Any change to cleaning, segmentation or metadata code, or to the cache's
 * own format, therefore gives new keys without anyone bumping a number (issue 16).
 *
 * Imports are found by reading `from '…'`, `import('…')` and `require('…')` in the text: a
 * module that reads a data file by path at run time must import it instead (JSON modules are
 * followed), or the fingerprint would not see the data change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `from '…'`, `import '…'`, `import('…')`, `require('…')`. */
const specifiers = /(?:\bfrom\s+|\bimport\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)(['"])([^'"\s]+)\1/g;
/** A relative path or a package name (words in a comment that happen to follow "from" are neither). */
const moduleName = /^(?:\.{1,2}\/|(?:@[\w.-]+\/)?[\w.-]+(?:\/[\w./-]*)?$)/;

/** The module file at `path`: as written, or its .ts source when running from src/. */
function existing(path: string): string | null {
  if (existsSync(path)) return path;
  const ts = path.replace(/\.js$/, '.ts');
  return ts !== path && existsSync(ts) ? ts : null;
}

/** The installed version of a package, looked up as Node would from `from`'s folder. */
function packageVersion(from: string, specifier: string): string {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return `${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?'}`;
    if (dirname(dir) === dir) return `${name}@missing`;
  }
}

/** Every module file reachable from `entries`, and the packages they import. */
export function importClosure(entries: readonly string[]): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    for (const [, , spec] of readFileSync(file, 'utf8').matchAll(specifiers)) {
      if (!moduleName.test(spec!)) continue;
      if (spec!.startsWith('.')) {
        const next = existing(resolve(dirname(file), spec!));
        if (next) todo.push(next);
      } else if (!spec!.startsWith('node:')) {
        packages.add(packageVersion(file, spec!));
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** The fingerprint (16 hex digits) of the code reachable from these module URLs. */
export function codeFingerprint(entries: readonly URL[]): string {
  const paths = entries.map((url) => existing(fileURLToPath(url)) ?? fileURLToPath(url));
  const { files, packages } = importClosure(paths);
  const root = dirname(paths[0]!);
  const hash = createHash('sha256').update(`parallax cache\n${process.version}\n${packages.join('\n')}\n`);
  for (const file of files) hash.update(`${relative(root, file)}\n`).update(readFileSync(file)).update('\n');
  return hash.digest('hex').slice(0, 16);
}
