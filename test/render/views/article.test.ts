import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceInput } from '../../../src/io/open-workspace.js';
import type { Article, Corpus } from '../../../src/model.js';
import { articlePage } from '../../../src/render/views/article.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = (await readWorkspaceInput('corpus')).corpus;
});

const withId = (a: Article, id: string): Article => ({ ...a, meta: { ...a.meta, id } });

describe('the article page view model', () => {
  it.each([
    ['004', '/compare?with=004'],
    // A front-matter id may hold any character: the link must still choose this article.
    ['a&b #1', '/compare?with=a%26b%20%231'],
  ])('invites a counterpart for %j at %s', (id, invite) => {
    const page = articlePage(withId(corpus.articles.find((a) => a.meta.id === '004')!, id), corpus, null);
    expect(page.invite).toBe(invite);
  });
});
