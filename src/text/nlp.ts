/**
 * compromise, loaded on first use and from its one-file build (issue 16). Its ES module entry
 * is some 900 source files, read, parsed and linked at start-up whether or not a command tags
 * anything; the CommonJS build of the same version (`builds/three/compromise-three.cjs`, which
 * `require` resolves to) is one file and imports in about two thirds of the CPU time. Loaded
 * lazily, the commands and pages that tag nothing never pay for it. One instance serves every
 * caller (actors, tone mentions), as the package's default export did.
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';

type Nlp = typeof compromise;
let loaded: Nlp | null = null;

const load = (): Nlp => (loaded ??= createRequire(import.meta.url)('compromise') as Nlp);

/** The part of compromise Parallax uses: tokenize a text, then compute the steps asked for. */
const nlp = {
  tokenize: ((...args: Parameters<Nlp['tokenize']>) => load().tokenize(...args)) as Nlp['tokenize'],
};

export default nlp;
