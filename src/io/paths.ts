/**
 * Where the package's own folders are (bundled corpus, views, public assets), found by walking
 * up from this file to package.json, so the same code works from src/ (tests, tsx) and dist/.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('parallax: cannot find the package folder (no package.json above the code)');
    dir = parent;
  }
  return dir;
}

let root: string | null = null;
/** The package's root folder. */
export function packageRoot(): string {
  root ??= findRoot();
  return root;
}

/** The corpus bundled with Parallax. */
export const bundledCorpus = (): string => join(packageRoot(), 'corpus');
