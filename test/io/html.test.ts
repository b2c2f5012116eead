import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/io/read-article.js';
import { prepareArticle } from '../../src/pipeline.js';

const page = `<!doctype html><html lang="en"><head><title>Kremlin responds - The Site</title>
<meta property="og:site_name" content="The Site"><meta property="article:published_time" content="2022-01-26T18:00:00.000Z">
<script>window.evil = 1</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kremlin responds to the written proposals</h1><p class="byline">By Jane Doe</p>
<p>The Kremlin said on Thursday it had received the written response and would study it carefully before deciding how to reply to Washington.</p>
<h2>What comes next</h2>
<p>“We won’t allow our proposals to be drowned in endless discussions,” the foreign minister said, adding that Moscow would take its time.</p>
<img src="x" onerror="alert(1)"><p>Officials in Kyiv welcomed the step and said <a href="javascript:alert(1)">more talks</a> would follow next week.</p>
</article><footer>Copyright 2022 The Site. All rights reserved.</footer></body></html>`;

describe('HTML articles', () => {
  const read = readArticle('page.html', new TextEncoder().encode(page), 'html');

  it('extracts the article with Readability, keeping paragraphs and subheads', () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const prepared = prepareArticle(read.value.raw);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const a = prepared.value;
    expect(a.meta.title).toBe('Kremlin responds to the written proposals');
    expect(a.meta.outlet).toBe('The Site');
    expect(a.meta.published).toBe('2022-01-26T18:00:00Z');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['body', 'heading', 'body', 'body']);
    expect(a.text).toContain('“We won’t allow our proposals to be drowned in endless discussions,”');
    expect(a.text).not.toMatch(/window\.evil|alert|Home|Copyright/);
  });

  it('keeps link text as text and drops the markup', () => {
    expect(read.ok && read.value.raw.body).toContain('said more talks would follow');
  });
});
