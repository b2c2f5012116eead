/**
 * Tone toward a target, measured on NewsMTSC devtest_mt (Hamborg & Donnay, EACL 2021): every
 * target of every line is one example; macro-F1 over negative / neutral / positive is the
 * dataset's measure. Four systems: always neutral, lexicon words of the whole sentence
 * (sentenceTone, the sentence-level tone shown per article), lexicon words near the mention
 * (lexiconToneToward), and the trained model (toneToward, trained on train.jsonl only).
 *
 *   npx tsx eval/tone.ts
 *
 * Published figures on the same split: best model (GRU-TSC, RoBERTa) 82.5 macro-F1, BERT-based
 * models 79–81; lexicon scoring of the whole sentence about 50–55.
 */
import type { ToneLabel, ToneToward } from '../src/model.js';
import { lexiconToneToward, sentenceTone, toneToward } from '../src/analyses/tone/index.js';
import { readSplit, type ToneExample } from './tone-data.js';
import { toneAboutTarget } from './tone-about.js';
import { toneFigures, toneLabels, type ToneFigures } from './tone-metrics.js';

const systems: { name: string; classify: (e: ToneExample) => ToneLabel }[] = [
  { name: 'always neutral', classify: () => 'neutral' },
  { name: 'lexicon, whole sentence (sentenceTone)', classify: (e) => sentenceTone(e.sentence).label },
  { name: 'lexicon (lexiconToneToward)', classify: (e) => lexiconToneToward(e.sentence, e.target).label },
  { name: 'model (toneToward)', classify: (e) => (toneToward(e.sentence, e.target) satisfies ToneToward).label },
  { name: 'model, words about target (actor tone)', classify: (e) => toneAboutTarget(e.sentence, e.target) },
];

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function report(name: string, f: ToneFigures, seconds: number): void {
  console.log(`\n${name}: macro-F1 ${pct(f.macroF1)}   accuracy ${pct(f.accuracy)}   (${seconds.toFixed(1)} s)`);
  console.log('  class       precision  recall     F1  support');
  for (const c of toneLabels) {
    const p = f.perClass[c];
    console.log(`  ${c.padEnd(10)}  ${pct(p.precision)}     ${pct(p.recall)}  ${pct(p.f1)}  ${String(p.support).padStart(7)}`);
  }
  console.log(`  confusion (rows gold, columns predicted: ${toneLabels.join(', ')})`);
  for (const g of toneLabels) {
    console.log(`  ${g.padEnd(10)}  ${toneLabels.map((p) => String(f.confusion[g][p]).padStart(6)).join('')}`);
  }
}

function main(): void {
  // `-- --split train` reads train.jsonl (to tune the rules after the model; the model learned from it, so its figures there flatter it).
  const split = process.argv.includes('--split') && process.argv[process.argv.indexOf('--split') + 1] === 'train' ? 'train' : 'devtest_mt';
  const examples = readSplit(split);
  if (!examples) {
    console.log('NewsMTSC is not in ../shared/data/newsmtsc (devtest_mt.jsonl): nothing to evaluate.');
    return;
  }
  console.log(`NewsMTSC ${split}: ${examples.length} targets; figures in %`);
  const gold = examples.map((e) => e.label);
  const summary: string[] = [];
  for (const system of systems) {
    const started = Date.now();
    const figures = toneFigures(gold, examples.map(system.classify));
    report(system.name, figures, (Date.now() - started) / 1000);
    summary.push(`  ${system.name.padEnd(40)} ${pct(figures.macroF1)}`);
  }
  console.log(`\nmacro-F1 summary (published best on this split: 82.5)\n${summary.join('\n')}`);
}

main();
