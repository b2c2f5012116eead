/**
 * A news page as a teacher brings it (issue 14): a photo with its caption above the story, a
 * caption set as a plain paragraph with its credit, and the site's "Topics:" line under it.
 * Written for this test in the shape such pages have; no outlet's text.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/io/read-article.js';
import { prepareArticle } from '../../src/pipeline.js';

const page = `<!doctype html><html lang="en"><head><title>Court jails former mayor for six years | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger"><meta property="article:published_time" content="2024-03-05T10:30:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/courts">Courts</a></nav></header>
<main><article>
<h1>Court jails former mayor for six years over bribes</h1>
<p class="byline">By Jane Doe</p>
<figure><img src="/img/court.jpg" alt="Police outside the court"><figcaption>Police officers stand outside the regional court in the capital on Tuesday.</figcaption></figure>
<p>The regional court on Tuesday sentenced the city's former mayor to six years in prison for taking bribes from building firms, prosecutors said.</p>
<p>Judges found that he had accepted more than two million euros over four years in return for planning permits, and ordered the money confiscated.</p>
<p class="caption">The former mayor arrives at the court with his lawyer Getty Images</p>
<p>“The verdict shows that no official stands above the law,” the chief prosecutor told reporters outside the courtroom after the hearing.</p>
<p>His lawyer said he would appeal within ten days and called the sentence far too harsh for a man who had served the city for twenty years.</p>
<p>Topics: Courts, Corruption, Local government</p>
</article></main>
<footer>© 2024 The Daily Ledger</footer></body></html>`;

describe('a news page with photo captions and a topics line', () => {
  const read = readArticle('page.html', new TextEncoder().encode(page), 'html');
  const prepared = read.ok ? prepareArticle(read.value.raw) : null;
  const article = prepared?.ok ? prepared.value : null;

  it('opens on the story, not on the photo caption', () => {
    expect(article).not.toBeNull();
    const first = article!.paragraphs[0]!;
    expect(article!.text.slice(first.span.start, first.span.end)).toMatch(/^The regional court on Tuesday sentenced/);
    expect(article!.text).not.toContain('Police officers stand outside');
  });

  it('drops a caption paragraph that ends on its photo credit, and the topics line', () => {
    expect(article!.text).not.toContain('Getty Images');
    expect(article!.text).not.toContain('Topics:');
    const removed = article!.removed.map((r) => [article!.raw.slice(r.span.start, r.span.end), r.reason]);
    expect(removed).toContainEqual(['The former mayor arrives at the court with his lawyer Getty Images', 'image-caption']);
    expect(removed).toContainEqual(['Topics: Courts, Corruption, Local government', 'topic-list']);
  });

  it('keeps every paragraph of the story', () => {
    expect(article!.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(4);
    expect(article!.text).toContain('no official stands above the law');
  });
});
