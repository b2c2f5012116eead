/** A corpus folder made for one test: article files written to a fresh temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An article file with a front-matter header. */
export const articleFile = (id: string, outlet: string, title: string, body: string): string =>
  `---\nid: "${id}"\ntitle: ${JSON.stringify(title)}\noutlet: ${JSON.stringify(outlet)}\npublished: 2022-01-26\nlanguage: en\nevent_date: 2022-01-26\n---\n${body}\n`;

/** A story long enough for every analysis, told twice word for word: a pair with nothing to find. */
export const sameStory = [
  'The city council approved the new budget on Wednesday after a long debate about school funding.',
  'Mayor Anna Berg said the plan "keeps every library open and hires forty new teachers," according to a statement.',
  'Council member Tom Reyes voted against it, saying the budget relies on optimistic tax forecasts.',
  'The budget takes effect in July and will be reviewed again in the autumn.',
].join('\n\n');

/** A temporary corpus folder holding `files` (name → content). */
export function tempCorpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-report-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
