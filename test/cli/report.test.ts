/** `parallax report`: formats, files that are never silently replaced, --all with its index and progress, bad input. */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { reportWording } from '../../src/report/wording/index.js';
import { articleFile, sameStory, tempCorpus } from '../render/report/temp-corpus.js';
import { run } from './run.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'parallax-cli-report-'));

describe('parallax report A B', () => {
  it('prints the Markdown report on stdout by default', async () => {
    const { code, out } = await run('report', '002', '003');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Framing report: POLITICO and CNN\n/);
    expect(out).toContain('POLITICO ¶7 s1');
  });

  it('prints the report’s data as JSON', async () => {
    const { code, out } = await run('report', '000', '001', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { version: number; event: { relation: string }; findings: unknown[] };
    expect(report).toMatchObject({ version: 1, event: { relation: 'related' } });
    expect(report.findings.length).toBeGreaterThan(10);
  });

  it('writes a file in the format its extension names, and never replaces it without --force', async () => {
    const file = join(scratch(), 'pair.html');
    expect((await run('report', '002', '003', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/);
    writeFileSync(file, 'my notes');
    const again = await run('report', '002', '003', '--out', file);
    expect(again.code).toBe(1);
    expect(again.err).toBe(`parallax: ${file} already exists: use --force to replace it\n`);
    expect(readFileSync(file, 'utf8')).toBe('my notes');
    expect((await run('report', '002', '003', '--out', file, '--force', '--edition', 'worksheet')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Worksheet: how POLITICO and CNN tell the story');
    expect(readFileSync(file, 'utf8')).toContain(`>${reportWording.texts.title}</h2>`);
    expect((await run('report', '002', '003', '--out', file, '--force', '--edition', 'worksheet', '--no-texts')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain(`>${reportWording.texts.title}</h2>`);
  });

  it('fails clearly when the output folder cannot be written', async () => {
    const underFile = await run('report', '002', '003', '--out', '/etc/passwd/report.md');
    expect(underFile.code).toBe(1);
    expect(underFile.err).toBe('parallax: cannot write the report: a part of /etc/passwd is a file, not a folder\n');
    const missing = join(scratch(), 'no', 'such');
    const noFolder = await run('report', '002', '003', '--out', join(missing, 'r.md'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.err).toBe(`parallax: cannot write the report: the folder ${missing} does not exist\n`);
  });

  it('answers an unknown id with a message and exit code 1', async () => {
    const { code, out, err } = await run('report', '002', 'nope');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('parallax: no article with id "nope" in the corpus (ids: 000, 001, 002, 003, 004)\n');
  });

  it.each([
    [['report', '002', '003', '--format', 'pdf'], /PDF cannot go to the terminal/],
    [['report', '002'], /give two article ids/],
    [['report', '002', '003', '--format', 'json', '--edition', 'teacher'], /JSON is the report’s data/],
    [['report', '--all'], /--all needs --out DIR/],
    [['report', '002', '003', '--all', '--out', '/tmp'], /give no article ids/],
    [['report', '002', '003', '--format', 'docx'], /argument 'docx' is invalid/],
  ])('answers a usage error with exit code 2: %j', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('gives a pair with no findings a short report that says so', async () => {
    const corpus = tempCorpus({ 'a.txt': articleFile('a', 'Daily One', 'Council passes budget', sameStory), 'b.txt': articleFile('b', 'Daily Two', 'Council passes budget', sameStory) });
    const { code, out } = await run('report', 'a', 'b', '--corpus', corpus);
    expect(code).toBe(0);
    expect(out).toContain(reportWording.findings.none);
  });
});

describe('parallax report --all', () => {
  it('writes every pair’s report, teacher’s guide and worksheet and an index whose links all resolve', async () => {
    const dir = join(scratch(), 'reports');
    const { code, err } = await run('report', '--all', '--out', dir);
    expect(code).toBe(0);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    const links = [...index.matchAll(/href="([^"]+)"/g)].map((m) => decodeURI(m[1]!));
    expect(links).toEqual(expect.arrayContaining(['002-003.html', '002-003.teacher.html', '002-003.worksheet.html', '000-001.html', '000-001.worksheet.html']));
    for (const link of links) expect(statSync(join(dir, link)).size, link).toBeGreaterThan(1000);
    expect(readFileSync(join(dir, '000-001.html'), 'utf8')).toContain(reportWording.readFirst);
    const pairs = links.length / 3;
    expect(err.match(/^parallax: \[\d+\/\d+\] /gm)).toHaveLength(pairs);
    expect(err).toContain(`parallax: wrote ${links.length + 1} files to ${dir}`);
  });

  it('refuses to replace any file without --force, before writing anything', async () => {
    const dir = scratch();
    writeFileSync(join(dir, '002-003.html'), 'keep me');
    const { code, err } = await run('report', '--all', '--out', dir, '--format', 'md');
    expect(code).toBe(0);
    const again = await run('report', '--all', '--out', dir, '--format', 'html');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/files to write already exist in .*\(002-003\.html, .*\): use --force to replace them/);
    expect(readFileSync(join(dir, '002-003.html'), 'utf8')).toBe('keep me');
    expect(existsSync(join(dir, '002-003.teacher.html'))).toBe(false);
    expect(err).not.toContain('already exist');
  });

  it('fails clearly when the output folder cannot be made', async () => {
    const underFile = await run('report', '--all', '--out', '/etc/passwd/x');
    expect(underFile.code).toBe(1);
    expect(underFile.err).toBe('parallax: cannot write to the folder /etc/passwd/x: a part of the path is a file, not a folder\n');
    const orphan = join(scratch(), 'missing', 'reports');
    const noParent = await run('report', '--all', '--out', orphan);
    expect(noParent.code).toBe(1);
    expect(noParent.err).toBe(`parallax: cannot write to the folder ${orphan}: its parent folder does not exist\n`);
  });

  it('draws a progress bar on a terminal', async () => {
    let err = '';
    const code = await runCli(['report', '--all', '--out', join(scratch(), 'r'), '--format', 'md'], { out: () => undefined, err: (t) => void (err += t), isTTY: true });
    expect(code).toBe(0);
    expect(err).toMatch(/^\r\[#+-+\] 1\/\d+ /);
    expect(err).toMatch(/\r\[#{24}\] (\d+)\/\1 .*\n/);
  });
});
