import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBody, seedFiles } from '../helpers.js';
import { appOver, type TestApp } from './app-of.js';

const mb2 = 2 * 1024 * 1024;
const politico = seedBody(seedFiles['002']!);
const cnn = seedBody(seedFiles['003']!);

let t: TestApp;
beforeAll(async () => {
  t = await appOver();
});
afterAll(() => t.analyst.close());

/** Post the form, follow the redirect, return the final page. */
async function compare(form: (r: request.Test) => request.Test) {
  const posted = await form(request(t.app).post('/compare')).expect(303);
  expect(posted.headers['location']).toMatch(/^\/uploads\/[0-9a-f]{64}$/);
  return request(t.app).get(posted.headers['location']!).expect(200);
}

describe('the compare form', () => {
  it('offers paste, upload and the corpus, and preselects the article to bring a counterpart for', async () => {
    const res = await request(t.app).get('/compare?with=004').expect(200);
    expect(res.text).toContain('enctype="multipart/form-data"');
    expect(res.text).toContain('<option value="004" selected>');
    expect(res.text).toContain('name="left_text"');
    expect(res.text).toContain('name="left_file"');
  });

  it('says saving is off when the server has no corpus folder to write to', async () => {
    const res = await request(t.app).get('/compare').expect(200);
    expect(res.text).toContain('Saving is off: the corpus folder cannot be written to.');
    expect(res.text).toMatch(/id="save" name="save" value="1" disabled/);
  });
});

describe('bringing your own', () => {
  it('compares two pasted articles on the same pair page, reached by a GET address', async () => {
    const page = await compare((r) => r.field('left_text', politico).field('left_outlet', 'POLITICO').field('right_text', cnn).field('right_outlet', 'CNN'));
    expect(page.text).toContain('<table class="aligned">');
    expect(page.text).toContain('One story, two accounts: POLITICO and CNN');
    expect(page.text).toContain('You brought these articles together');
    expect(page.text).toMatch(/href="\/uploads\/[0-9a-f]{64}\?view=side"/);
    const json = await request(t.app).get(`${(page as unknown as { req: { path: string } }).req.path}/report.json`).expect(200);
    expect(json.body.event.origin).toBe('ad-hoc');
  });

  it('compares an uploaded web page against a corpus article', async () => {
    const html = `<!doctype html><html><head><title>t</title></head><body><nav><a href="/">Home</a></nav><article><h1>US answers Moscow</h1>${politico.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const page = await compare((r) => r.attach('left_file', Buffer.from(html), { filename: 'politico.html', contentType: 'text/html' }).field('right_corpus', '003'));
    expect(page.text).toContain('href="/articles/003"');
    expect(page.text).toContain('US answers Moscow');
  });

  it('shows markup in an uploaded article as text', async () => {
    const evil = 'Officials <script>window.pwned = 1</script> met\n\nThe minister said <img src=x onerror="window.pwned = 2"> and <a href="javascript:window.pwned = 3">click</a> then </td></tr></table></main> on Monday, the ministry said.\n\nA second paragraph says the talks will go on next week, officials said.';
    const page = await compare((r) => r.field('left_text', evil).field('right_corpus', '004'));
    expect(page.text).not.toMatch(/<script>window/);
    expect(page.text).not.toMatch(/<img src=x/);
    expect(page.text).not.toMatch(/<a href="javascript:/);
    expect(page.text).toContain('&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt;');
    expect(page.text).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/main&gt;');
  });
});

describe('an upload address', () => {
  it('that is unknown or malformed answers 404 in words', async () => {
    const gone = await request(t.app).get(`/uploads/${'0'.repeat(64)}`).expect(404);
    expect(gone.text).toContain('This comparison is no longer in memory');
    await request(t.app).get('/uploads/..%2f..%2fetc%2fpasswd').expect(404);
    await request(t.app).get(`/uploads/${'0'.repeat(64)}/report.json`).expect(404);
  });
});

describe('a form that cannot be used', () => {
  it('with no article answers 400 with the form and a summary linked to the field', async () => {
    const res = await request(t.app).post('/compare').field('left_text', '   ').field('right_corpus', '004').expect(400);
    expect(res.text).toContain('There is a problem');
    expect(res.text).toContain('<a href="#left_text">Paste a text or choose a file for your article.</a>');
    expect(res.text).toMatch(/id="left_text" name="left_text"[^>]*aria-invalid="true"/);
  });

  it('with both a text and a file, or a corpus article and a text, answers 400 and keeps what was typed', async () => {
    const both = await request(t.app).post('/compare').field('left_text', politico).attach('left_file', Buffer.from(cnn), 'cnn.txt').field('right_corpus', '004').expect(400);
    expect(both.text).toContain('For your article, paste a text or choose a file, not both.');
    expect(both.text).toContain('Blinken Reports United States');
    const mixed = await request(t.app).post('/compare').field('left_text', politico).field('right_corpus', '004').field('right_text', cnn).expect(400);
    expect(mixed.text).toContain('You chose an article from the corpus and also gave a text');
  });

  it('with an unknown corpus id answers 400', async () => {
    const res = await request(t.app).post('/compare').field('left_text', politico).field('right_corpus', '../../etc/passwd').expect(400);
    expect(res.text).toContain('There is no article with the id “../../etc/passwd” in this corpus.');
  });

  it('that is not a form answers 415, a broken multipart body 400', async () => {
    await request(t.app).post('/compare').set('Content-Type', 'text/plain').send('hello').expect(415);
    const broken = await request(t.app).post('/compare').set('Content-Type', 'multipart/form-data; boundary=xyz').send('--xyz\r\nContent-Disposition: form-data; name="left_text"\r\n\r\nunfinished').expect(400);
    expect(broken.text).toContain('The form could not be read.');
  });

  it('answers JSON clients with a JSON error', async () => {
    const res = await request(t.app).post('/compare').set('Accept', 'application/json').field('right_corpus', '004').expect(400);
    expect(res.body).toEqual({ error: { status: 400, message: 'Paste a text or choose a file for your article.' } });
  });
});

describe('an article Parallax cannot use', () => {
  const cases: [string, Buffer, string, RegExp][] = [
    ['an empty file', Buffer.alloc(0), 'empty.txt', /“empty.txt” is empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 4]), 'photo.txt', /“photo.txt” is a binary file/],
    ['text that is not UTF-8', Buffer.from('Caf\xe9 au lait, the minister said on Monday.', 'latin1'), 'latin1.txt', /“latin1.txt” is not valid UTF-8 text/],
    ['a web page with no article', Buffer.from('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>'), 'empty.html', /“empty.html”/],
    ['a page of chrome only', Buffer.from('Share this article\n\nFollow us on Twitter\n\nAdvertisement'), 'chrome.txt', /“chrome.txt” has no article text/],
  ];
  it.each(cases)('%s re-renders the form with a clear message and 422', async (_name, bytes, filename, message) => {
    const res = await request(t.app).post('/compare').attach('left_file', bytes, filename).field('right_corpus', '004').expect(422);
    expect(res.text).toMatch(message);
    expect(res.text).toContain('There is a problem');
  });
});

describe('an article over 2 MB', () => {
  it('as a file answers 413 with the form and a clear message', async () => {
    const res = await request(t.app).post('/compare').field('right_corpus', '004').attach('left_file', Buffer.alloc(mb2 + 1, 'a'), 'big.txt').expect(413);
    expect(res.text).toContain('What you sent is larger than Parallax accepts: 2 MB per article.');
  });

  it('pasted answers 413, in a multipart or a URL-encoded form', async () => {
    await request(t.app).post('/compare').field('right_corpus', '004').field('left_text', 'a'.repeat(mb2 + 1)).expect(413);
    const res = await request(t.app).post('/compare').type('form').send({ left_text: 'é'.repeat(mb2 / 2 + 1), right_corpus: '004' }).expect(413);
    expect(res.text).toContain('2 MB per article');
  });
});

describe('saving into the corpus', () => {
  let dir: string;
  let saving: TestApp;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-corpus-'));
    await cp('corpus', dir, { recursive: true });
    saving = await appOver(dir, { corpusDir: dir });
  });
  afterAll(async () => {
    await saving.analyst.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a new file, reloads the corpus and shows the pair from the corpus', async () => {
    const before = await readdir(dir);
    const posted = await request(saving.app).post('/compare').field('left_text', `Russia receives the US answer\n\n${cnn}`).field('left_outlet', 'Example Daily').field('right_corpus', '002').field('save', '1').expect(303);
    expect(posted.headers['location']).toMatch(/^\/compare\/russia-receives-the-us-answer\/002\?saved=1$/);
    const added = (await readdir(dir)).filter((f) => !before.includes(f));
    expect(added).toEqual(['russia-receives-the-us-answer.txt']);
    const page = await request(saving.app).get(posted.headers['location']!).expect(200);
    expect(page.text).toContain('Your articles were saved to the corpus');
    expect(page.text).toContain('href="/articles/russia-receives-the-us-answer"');
    expect((await request(saving.app).get('/').expect(200)).text).toContain('Example Daily');
  });

  it('never overwrites: the same title again gets a new name', async () => {
    const posted = await request(saving.app).post('/compare').field('left_text', `Russia receives the US answer\n\n${politico}`).field('right_corpus', '003').field('save', '1').expect(303);
    expect(posted.headers['location']).toContain('/compare/russia-receives-the-us-answer-2/003');
  });
});
