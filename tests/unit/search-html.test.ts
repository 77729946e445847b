import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexedArticle, searchDocument, writeSearchDocument } from '../../src/lib/search/search-html';
import { STROKE_MARK } from '../../src/lib/search/search-text';
import { temporaryFolder } from '../build/build-helpers';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head><body><nav>Trang chủ</nav><main>${main}</main><footer>Sở Thông tin</footer></body></html>`;

/** What the build indexes for a built page: its indexed article, as a search document. */
function searchableArticle(html: string, options?: { strokeEncoding?: boolean }): string | undefined {
  const article = indexedArticle(html);
  return article === undefined ? undefined : searchDocument(article, options);
}

describe('indexedArticle as a search document', () => {
  test('keeps the article alone, in a UTF-8 document, with đ encoded for the index', () => {
    const indexed = searchableArticle(
      page('<article data-pagefind-body><h1>Điện Biên đổi mới</h1></article><aside>Tin liên quan</aside>'),
    )!;
    expect(indexed).toBe(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body><article data-pagefind-body><h1>D${STROKE_MARK}iện Biên d${STROKE_MARK}ổi mới</h1></article></body></html>`,
    );
    expect(indexed).not.toContain('Trang chủ');
    expect(indexed).not.toContain('Tin liên quan');
  });

  test('ends where the article ends, past any article inside it', () => {
    const indexed = searchableArticle(
      page(
        '<article class="x" data-pagefind-body><p>Bài</p><article><p>Trích</p></article><p>Hết</p></article><article><p>Thẻ tin khác</p></article>',
      ),
      { strokeEncoding: false },
    )!;
    expect(indexed).toContain('<p>Trích</p></article><p>Hết</p></article></body>');
    expect(indexed).not.toContain('Thẻ tin khác');
  });

  test('a page without an indexable article gives nothing', () => {
    expect(searchableArticle(page('<article><p>Danh sách</p></article>'))).toBeUndefined();
    expect(searchableArticle(page('<p>Không có bài</p>'))).toBeUndefined();
  });
});

describe('writeSearchDocument', () => {
  test('writes the article where Pagefind reads the page’s URL from, and nothing without a folder', () => {
    const dir = temporaryFolder('stttt-search-test-');
    writeSearchDocument('/tin-tuc/bai-viet/', '<article data-pagefind-body><p>Đổi mới</p></article>', dir);
    expect(readFileSync(join(dir, 'tin-tuc/bai-viet/index.html'), 'utf8')).toBe(
      searchDocument('<article data-pagefind-body><p>Đổi mới</p></article>'),
    );
    writeSearchDocument('tin-tuc/khac/', '<article data-pagefind-body></article>', '');
    expect(existsSync(join(dir, 'tin-tuc/khac'))).toBe(false);
  });
});
