import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { excerptOf, resultExcerpt } from '../../src/lib/search/excerpt';
import { httpFiles } from '../../src/lib/search/index-client';
import { queryTerms } from '../../src/lib/search/index-plan';
import { htmlText } from '../../src/lib/search/records';

/** The excerpt's terms for a query, as the page gives them. */
const terms = (query: string) => {
  const { typed, folded } = queryTerms(query);
  return { typed: new Set(typed), folded: new Set(folded) };
};
/** An excerpt with its matches in [brackets]. */
const shown = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('htmlText: what a record keeps of a rendered body', () => {
  test.each([
    ['<p>Điện Biên <strong>đổi mới</strong></p><p>Lai Châu</p>', 'Điện Biên đổi mới Lai Châu'],
    ['<figure><img alt="Ảnh" src="a.webp"><figcaption>Quang cảnh hội nghị</figcaption></figure>', 'Quang cảnh hội nghị'],
    ['Tom &amp; Jerry &lt;b&gt; &quot;x&quot; &#39;y&#39; &#x1EA0; &nbsp;z', 'Tom & Jerry <b> "x" \'y\' Ạ z'],
    ['<p>a</p><script>alert(1)</script><style>p{}</style><template><p>b</p></template>', 'a'],
    ['&hellip; &unknown;', '&hellip; &unknown;'],
  ])('%j', (html, text) => {
    expect(htmlText(html)).toBe(text);
  });
});

describe('excerpts', () => {
  test('whole syllables marked, adjacent ones as one highlight, punctuation kept', () => {
    expect(shown(excerptOf('Sống ở bản, số hóa: chuyển đổi số.', terms('chuyen doi so')))).toBe('Sống ở bản, [số] hóa: [chuyển đổi số].');
  });

  test('a long text: the window with the most matches, as typed counting double', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ');
    const text = `${filler(40)} đô thị ${filler(40)} cá độ bóng đá ${filler(40)}`;
    const excerpt = shown(excerptOf(text, terms('cá độ')));
    expect(excerpt).toMatch(/^… chữ37 chữ38 chữ39 \[cá độ\] bóng đá chữ0 .* …$/);
    expect(excerpt).not.toContain('đô');
  });

  test('a short text shows whole', () => {
    expect(shown(excerptOf('Tỉnh Lai Châu tăng cường phòng ngừa cá độ bóng đá.', terms('cá độ')))).toBe(
      'Tỉnh Lai Châu tăng cường phòng ngừa [cá độ] bóng đá.',
    );
  });

  test('the sapo when it holds a match, else the body, else the sapo', () => {
    expect(shown(resultExcerpt('Sapo có số.', 'Thân bài có số.', terms('so')))).toBe('Sapo có [số].');
    expect(shown(resultExcerpt('Sapo.', 'Thân bài có số.', terms('so')))).toBe('Thân bài có [số].');
    expect(shown(resultExcerpt('Sapo.', 'Thân bài.', terms('so')))).toBe('Sapo.');
    expect(resultExcerpt('', '', terms('so'))).toEqual([]);
  });
});

describe('httpFiles', () => {
  const gz = (text: string) => new Response(gzipSync(text));
  test('gunzips what the server sent, and takes a response the bootstrap started instead of asking again', async () => {
    const asked: string[] = [];
    const prefetched = new Map([['/chi-muc/a.bin', Promise.resolve(gz('from the bootstrap'))]]);
    const read = httpFiles(prefetched, async (url) => {
      asked.push(String(url));
      return gz(`fetched ${String(url)}`);
    });
    const text = async (url: string) => new TextDecoder().decode(await read(url));
    expect(await text('/chi-muc/a.bin')).toBe('from the bootstrap');
    expect(await text('/chi-muc/b.bin')).toBe('fetched /chi-muc/b.bin');
    // Taken once: a second read is a new request.
    expect(await text('/chi-muc/a.bin')).toBe('fetched /chi-muc/a.bin');
    expect(asked).toEqual(['/chi-muc/b.bin', '/chi-muc/a.bin']);
  });
  test('a missing file is an error', async () => {
    await expect(httpFiles(undefined, async () => new Response('no', { status: 404 }))('/x.bin')).rejects.toThrow('404');
  });
});
