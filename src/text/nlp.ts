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

/** compromise's internals as far as `tokenize` below reads them. */
interface World {
  methods: { one: { tokenize: { fromString(text: string, world: World): unknown } } };
}
type View = ReturnType<Nlp['tokenize']>;
let internals: { world: World; View: new (document: unknown) => View } | null = null;

/**
 * `nlp.tokenize(text)` without its second normalisation: compromise's `fromString` already sets
 * every term's `normal` from its `text` (its `normalize`), and `tokenize` then computes `alias`,
 * `normal`, `machine` and `contractions`, the `normal` step running the same function on the
 * same text again: a tenth of the tagging's time (issue 16; compromise 14.17,
 * `src/nlp.js` and `src/1-one/tokenize/methods/parse.js`). The same terms, the same tags.
 */
function tokenize(text: string): View {
  const c = load();
  internals ??= { world: c.world() as unknown as World, View: c('').constructor as new (document: unknown) => View };
  const { world, View } = internals;
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  return doc.compute(['alias', 'machine', 'contractions']) as View;
}

/**
 * Run `work` (compromise calls) with `process.env` a plain copy of itself. compromise reads
 * `process.env.DEBUG_TAGS` at every tag it sets (`setTag`, `fastTag`: about 2.4 reads per
 * token), and each read of Node's `process.env` is a call into the C library's environment
 * (about 1 µs here, against nanoseconds for a plain object): some 58,000 reads for two
 * 10,000-word articles (issue 16). The copy holds the same variables, so compromise does what
 * it did (DEBUG_TAGS included); the real object is back when `work` returns or throws, and
 * `work` is synchronous, so nothing else runs meanwhile.
 */
function withPlainEnv<T>(work: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return work();
  } finally {
    process.env = env;
  }
}

/** The parts of compromise Parallax uses: tokenize a text, then compute the steps asked for; or tag it fully. */
const nlp = {
  /** `work` with compromise's reads of the environment made cheap (`withPlainEnv`): for a pass over a whole article. */
  withPlainEnv,
  /** compromise's `nlp.tokenize(text)`: terms without tags. */
  tokenize: (text: string): View => (text ? tokenize(text) : load().tokenize(text)),
  /** compromise's full tagger on a text (`nlp(text)`). */
  tag: ((...args: Parameters<Nlp>) => load()(...args)) as Nlp,
};

export default nlp;
