import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ADMIN_COLLECTIONS, type AdminCollection } from '../../src/admin/collections/index';
import { collectionFields } from '../../src/admin/config';
import { formatFor, frontmatterFormat } from '../../src/admin/formats';
import { listArticleFiles } from '../../src/lib/content/article-files';
import { ROOT } from '../build/build-helpers';

/**
 * The admin's file formats on the real content files: read and written back untouched, every file
 * is the same bytes; one field changed is one line changed.
 */
const CONTENT = join(ROOT, 'content');
const articleFormat = frontmatterFormat(collectionFields(ADMIN_COLLECTIONS.articles));
const read = (path: string) => readFileSync(join(CONTENT, path), 'utf8');
/** The lines of `after` that are not in `before`, and those of `before` no longer in `after`. */
function changedLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((line) => !a.includes(line)), removed: a.filter((line) => !b.includes(line)) };
}

describe('admin formats: what a developer would write', () => {
  // Every entry of every `entries` collection (articles, registry documents, pages, the English pages).
  const entries = Object.values(ADMIN_COLLECTIONS as Record<string, AdminCollection>).flatMap((collection) => {
    const files = collection.files;
    if (files.kind !== 'entries') return [];
    return listArticleFiles(join(CONTENT, files.folder))
      .filter((file) => file.endsWith(`.${files.extension}`))
      .map((file) => [`${files.folder}/${file}`, collection] as const);
  });
  test('the entries read include articles, documents and pages', () => {
    const folders = new Set(entries.map(([path]) => path.split('/')[0]));
    expect([...folders].sort()).toEqual(['articles', 'documents', 'en', 'pages']);
  });
  test.each([...entries, ['site/footer.mdx', ADMIN_COLLECTIONS.footer] as const])(
    '%s is written back byte for byte',
    (path, collection) => {
      const format = frontmatterFormat(collectionFields(collection));
      expect(format.toFile(format.fromFile(read(path)))).toBe(read(path));
    },
  );

  const singleFiles = Object.entries(ADMIN_COLLECTIONS).flatMap(([name, collection]: [string, AdminCollection]) =>
    collection.files.kind === 'entries' ? [] : [[name, collection.files.file, collection] as const],
  );
  test.each(singleFiles)('%s (%s) is written back byte for byte, comments included', (_name, file, collection) => {
    const format = formatFor(collection.files.kind, collectionFields(collection));
    expect(format.toFile(format.fromFile(read(file)))).toBe(read(file));
  });

  test('setting an article as a draft adds one line; unsetting it removes it again', () => {
    const path = 'articles/2022/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/index.mdx';
    const data = articleFormat.fromFile(read(path));
    expect(data.draft).toBe(false);
    const drafted = articleFormat.toFile({ ...data, draft: true });
    expect(changedLines(read(path), drafted)).toEqual({ added: ['draft: true'], removed: [] });
    expect(articleFormat.toFile({ ...articleFormat.fromFile(drafted), draft: false })).toBe(read(path));
  });

  test('a procedure group’s page on a portal, edited as a pair of portal and address, is written as a map', () => {
    const file = 'organisation/thu-tuc-hanh-chinh.yaml';
    const format = formatFor('data-file', collectionFields(ADMIN_COLLECTIONS.procedures));
    const data = format.fromFile(read(file)) as { groups: Array<{ links: Array<{ key: string; value: string }> }> };
    const url = 'https://dichvucong.laichau.gov.vn/linh-vuc/bao-chi';
    data.groups[0]!.links = [{ key: 'tinh', value: url }];
    const written = format.toFile(data);
    expect(changedLines(read(file), written)).toEqual({ added: ['    links:', `      tinh: ${url}`], removed: [] });
    expect((parse(written) as { groups: Array<{ links: unknown }> }).groups[0]!.links).toEqual({ tinh: url });
    expect((format.fromFile(written) as typeof data).groups[0]!.links).toEqual([{ key: 'tinh', value: url }]);
  });
});
