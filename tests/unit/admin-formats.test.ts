import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADMIN_COLLECTIONS } from '../../src/admin/collections';
import { collectionFields } from '../../src/admin/config';
import { frontmatterFormat, LIST_FIELD, yamlFormat, yamlListFormat } from '../../src/admin/formats';
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
  const articles = listArticleFiles(join(CONTENT, 'articles')).map((file) => `articles/${file}`);
  test.each([...articles, 'pages/tuyen-bo-tiep-can.mdx', 'site/footer.mdx'])('%s is written back byte for byte', (path) => {
    const collection = path.startsWith('pages/')
      ? ADMIN_COLLECTIONS.pages
      : path.startsWith('site/')
        ? ADMIN_COLLECTIONS.footer
        : ADMIN_COLLECTIONS.articles;
    const format = frontmatterFormat(collectionFields(collection));
    expect(format.toFile(format.fromFile(read(path)))).toBe(read(path));
  });

  test('site.yaml and categories.yaml are written back byte for byte, comments included', () => {
    const site = yamlFormat(collectionFields(ADMIN_COLLECTIONS.site));
    expect(site.toFile(site.fromFile(read('site/site.yaml')))).toBe(read('site/site.yaml'));
    const categories = yamlListFormat(collectionFields(ADMIN_COLLECTIONS.categories), LIST_FIELD);
    expect(categories.toFile(categories.fromFile(read('categories.yaml')))).toBe(read('categories.yaml'));
  });

  test('setting an article as a draft adds one line; unsetting it removes it again', () => {
    const path = 'articles/2022/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/index.mdx';
    const data = articleFormat.fromFile(read(path));
    expect(data.draft).toBe(false);
    const drafted = articleFormat.toFile({ ...data, draft: true });
    expect(changedLines(read(path), drafted)).toEqual({ added: ['draft: true'], removed: [] });
    expect(articleFormat.toFile({ ...articleFormat.fromFile(drafted), draft: false })).toBe(read(path));
  });
});
