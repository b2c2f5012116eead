/**
 * How two outlets label the same actors: per actor, the label words both use and the words
 * only one side uses ("jailed", "opposition", "figure", "activist" on RT's side for Navalny),
 * each word with every place it stands. Join the actors first (`unifyActors`) so that "Putin"
 * on one side and "Vladimir Putin" on the other are one actor.
 */
import type { ActorsResult, Article, Evidence, Label, LabelContrast, LabelWord, Side } from '../../model.js';
import { formWords, labelSynonyms, titleForms } from '../../lexicons/form-words.js';
import { tokensIn } from '../text-positions.js';

/** One side of the contrast: an article and its labels. */
export interface LabelSide {
  /** The article. */
  article: Article;
  /** Its labels (from `findLabels`). */
  labels: readonly Label[];
  /** Its actors, ids unified across the pair: a name inside a label counts as the actor it names ("RNC" and "Republican National Committee" are one word). */
  actors?: ActorsResult;
}

const courtesy = new Set(formWords);

/** The word a label's token counts as: "Rep." is "representative", "GOP" "republican" (one title, one party, two house styles). */
function keyOf(norm: string): string {
  if (Object.hasOwn(titleForms, norm)) return titleForms[norm]!;
  return Object.hasOwn(labelSynonyms, norm) ? labelSynonyms[norm]! : norm;
}

/**
 * Content words of each actor's labels on one side, by actor, each word with its evidence, in
 * order of first use; `shown` gets how each key is written (a name's key is its actor's id).
 */
function wordsByActor(side: LabelSide, name: Side, shown: Map<string, string>): Map<string, Map<string, Evidence[]>> {
  const out = new Map<string, Map<string, Evidence[]>>();
  const { text, tokens } = side.article;
  // "GOP" is a party word before it is a mention of the party: it meets "Republican".
  const mentions = (side.actors?.applies ? side.actors.mentions : []).filter((m) => !Object.hasOwn(labelSynonyms, text.slice(m.span.start, m.span.end).toLowerCase()));
  for (const label of side.labels) {
    const words = out.get(label.actor) ?? new Map<string, Evidence[]>();
    out.set(label.actor, words);
    const add = (key: string, span: Evidence['span'], written: string) => {
      const evidence = words.get(key) ?? [];
      evidence.push({ side: name, sentence: label.sentence, span });
      words.set(key, evidence);
      if (!shown.has(key)) shown.set(key, written);
    };
    // Another actor named inside the label is one word, the actor, shown as written: "Michael
    // Grimm" and "Michael G. Grimm", "Kremlin" and "Moscow" meet (real NYT and Fox copy, BASIL 33521e65).
    const inside = mentions.filter((m) => m.span.start >= label.span.start && m.span.end <= label.span.end && m.actor !== label.actor);
    for (const m of inside) add(`@${m.actor}`, m.span, text.slice(m.span.start, m.span.end).toLowerCase());
    const range = tokensIn(side.article, label.span);
    for (const token of tokens.slice(range.first, range.end)) {
      // "lawyer for Mr. Grimm": a courtesy title is the outlet's style book, never a label word.
      if (token.stop || courtesy.has(token.norm) || inside.some((m) => token.span.start < m.span.end && m.span.start < token.span.end)) continue;
      add(keyOf(token.norm), token.span, keyOf(token.norm));
    }
  }
  return out;
}

/**
 * An initialism on one side and the words it abbreviates on the other are one name in two house
 * styles: "RNC chairman" against "Republican National Committee chairman" (real Fox and HuffPost
 * copy, BASIL 74708dbf, led its findings with that contrast). The words join the initialism's
 * entry, so both sides share it. Words are in order of first use, so a name's words are consecutive.
 */
function joinInitialisms(a: Map<string, Evidence[]>, b: Map<string, Evidence[]>, shown: ReadonlyMap<string, string>): void {
  for (const [one, other] of [[a, b], [b, a]] as const) {
    const keys = [...other.keys()];
    for (const word of [...one.keys()]) {
      // An initialism may be an actor of its own ("RNC"): its written form is what it abbreviates.
      const written = shown.get(word) ?? word;
      if (other.has(word) || !/^[a-z]{2,6}$/.test(written)) continue;
      for (let i = 0; i + written.length <= keys.length; i++) {
        const run = keys.slice(i, i + written.length);
        if (run.map((w) => (shown.get(w) ?? w)[0]).join('') !== written || run.some((w) => one.has(w))) continue;
        other.set(word, run.flatMap((w) => other.get(w)!));
        for (const w of run) other.delete(w);
        break;
      }
    }
  }
}

/** Label words per actor that only one side uses, and those both use. Actors labelled on either side, most labelled first. */
export function contrastLabels(left: LabelSide, right: LabelSide): LabelContrast[] {
  const shown = new Map<string, string>();
  const l = wordsByActor(left, 'left', shown);
  const r = wordsByActor(right, 'right', shown);
  for (const actor of l.keys()) if (r.has(actor)) joinInitialisms(l.get(actor)!, r.get(actor)!, shown);
  // Labels per actor, counted once (issue 16: counting every label for each comparison of the sort
  // was 1.4 % of a 10,000-word report's allocations).
  const counts = new Map<string, number>();
  for (const x of [...left.labels, ...right.labels]) counts.set(x.actor, (counts.get(x.actor) ?? 0) + 1);
  const count = (id: string) => counts.get(id) ?? 0;
  const ids = [...new Set([...l.keys(), ...r.keys()])];
  const contrasts = ids.map((actor): LabelContrast => {
    const lw = l.get(actor) ?? new Map<string, Evidence[]>();
    const rw = r.get(actor) ?? new Map<string, Evidence[]>();
    const word = (w: string, evidence: Evidence[]): LabelWord => ({ word: shown.get(w) ?? w, evidence });
    return {
      actor,
      shared: [...lw].filter(([w]) => rw.has(w)).map(([w, e]) => word(w, [...e, ...rw.get(w)!])),
      leftOnly: [...lw].filter(([w]) => !rw.has(w)).map(([w, e]) => word(w, e)),
      rightOnly: [...rw].filter(([w]) => !lw.has(w)).map(([w, e]) => word(w, e)),
    };
  });
  // Stable sort: equal counts keep the order of first labelling, left side first.
  return contrasts.sort((a, b) => count(b.actor) - count(a.actor));
}
