/**
 * compromise, loaded on first use and from its one-file build (issue 16). Its ES module entry
 * is some 900 source files, read, parsed and linked at start-up whether or not a command tags
 * anything; the CommonJS build of the same version (`builds/three/compromise-three.cjs`, which
 * `require` resolves to) is one file and imports in about two thirds of the CPU time. Loaded
 * lazily, the commands and pages that tag nothing never pay for it. One instance serves every
 * caller (actors, labels, tone mentions, names' genders), as the package's default export did:
 * importing the package itself from ES modules loads its 437 source modules besides this build.
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';

type Nlp = typeof compromise;
let loaded: Nlp | null = null;

const load = (): Nlp => (loaded ??= createRequire(import.meta.url)('compromise') as Nlp);

/** The parts of compromise Parallax uses: tokenize a text, then compute the steps asked for; or tag it fully. */
const nlp = {
  tokenize: ((...args: Parameters<Nlp['tokenize']>) => load().tokenize(...args)) as Nlp['tokenize'],
  /** compromise's full tagger on a text (`nlp(text)`). */
  tag: ((...args: Parameters<Nlp>) => load()(...args)) as Nlp,
};

export default nlp;
