/**
 * A corpus folder that cannot be written to: the app keeps working and saving says it cannot.
 * Root writes through file modes, so as root the write itself is made to fail the way a
 * read-only file system fails it (EROFS), at the one function that writes files.
 */
import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedBody, seedFiles } from '../helpers.js';
import { appOver, type TestApp } from './app-of.js';

const root = process.getuid?.() === 0;

vi.mock('../../src/io/write.js', async (original) => {
  const real = await original<typeof import('../../src/io/write.js')>();
  return {
    ...real,
    writeFileAtomic: process.getuid?.() === 0 ? async (path: string) => ({ ok: false, error: `${path} cannot be written (permission denied)` }) : real.writeFileAtomic,
  };
});

let dir: string;
let t: TestApp;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-readonly-'));
  await cp('corpus', dir, { recursive: true });
  if (!root) await chmod(dir, 0o555);
  t = await appOver(dir, { corpusDir: dir });
});
afterAll(async () => {
  await t.analyst.close();
  await chmod(dir, 0o755);
  await rm(dir, { recursive: true, force: true });
});

describe('a read-only corpus folder', () => {
  it('still serves its pages and pairs', async () => {
    await request(t.app).get('/').expect(200);
    await request(t.app).get('/compare/002/003').expect(200);
  });

  it('compares an article the user asked to save, and says it could not be saved', async () => {
    const before = await readdir(dir);
    const posted = await request(t.app).post('/compare').field('left_text', `A headline\n\n${seedBody(seedFiles['003']!)}`).field('right_corpus', '002').field('save', '1').expect(303);
    expect(posted.headers['location']).toMatch(/^\/uploads\//);
    const page = await request(t.app).get(posted.headers['location']!).expect(200);
    expect(page.text).toMatch(/Your article could not be saved to the corpus: .*(cannot be written|the corpus folder cannot be written to)/);
    expect(await readdir(dir)).toEqual(before);
  });
});
