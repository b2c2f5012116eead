/**
 * Does a pair compared on its own get the verdict it gets inside its corpus? For every gold
 * same-event pair of a split: the corpus verdict (its relation in the pairing, `same-event` for
 * two members of one event group, else none) beside the event check of the two articles brought
 * together by a user, with a background corpus that does not hold them (the rest of the split,
 * as for a web upload; or the bundled seeds, as for `parallax compare a.txt b.txt`).
 */
import type { Article, Pairing } from '../src/model.js';
import { openWorkspace } from '../src/workspace.js';

/** What the check found. */
export interface AloneScores {
  /** Gold same-event pairs checked. */
  pairs: number;
  /** Of them, called `same-event` (or `duplicate`) inside the corpus. */
  sameInCorpus: number;
  /** Called `same-event` (or `duplicate`) on their own. */
  sameAlone: number;
  /** Given the same verdict both ways. */
  agree: number;
  /** Verdicts on their own, by relation. */
  verdicts: Record<string, number>;
}

type Verdict = 'same-event' | 'related' | 'none';

const asVerdict = (relation: string): Verdict => (relation === 'duplicate' || relation === 'same-event' ? 'same-event' : relation === 'related' ? 'related' : 'none');

/** The corpus's verdict on two of its articles. */
export function corpusVerdict(pairing: Pairing, a: string, b: string): Verdict {
  const pair = pairing.pairs.find((p) => (p.left === a && p.right === b) || (p.left === b && p.right === a));
  if (pair) return asVerdict(pair.relation);
  return pairing.stories.some((e) => e.members.includes(a) && e.members.includes(b)) ? 'same-event' : 'none';
}

/**
 * Check every pair of `samePairs` on its own against `background` (the articles a workspace
 * holds; the pair's own articles are left out of it).
 */
export function checkAlone(articles: readonly Article[], pairing: Pairing, samePairs: readonly [string, string][], background: readonly Article[] | null): AloneScores {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const scores: AloneScores = { pairs: 0, sameInCorpus: 0, sameAlone: 0, agree: 0, verdicts: {} };
  for (const [a, b] of samePairs) {
    const left = byId.get(a);
    const right = byId.get(b);
    if (!left || !right) continue;
    const others = (background ?? articles).filter((x) => x.meta.id !== a && x.meta.id !== b);
    const ws = openWorkspace({ corpus: { articles: others, problems: [] } });
    const check = ws.eventCheck(left, right);
    const alone = asVerdict(check.relation);
    const inCorpus = corpusVerdict(pairing, a, b);
    scores.pairs++;
    if (inCorpus === 'same-event') scores.sameInCorpus++;
    if (alone === 'same-event') scores.sameAlone++;
    if (alone === inCorpus) scores.agree++;
    scores.verdicts[check.relation] = (scores.verdicts[check.relation] ?? 0) + 1;
  }
  return scores;
}
