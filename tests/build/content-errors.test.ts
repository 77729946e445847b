import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, fixtureTree, listFiles, ROOT } from './build-helpers';

const invalid = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/invalid', name), 'utf8');

describe('invalid content stops the build, naming the file and the field', () => {
  test.each([
    ['missing-title.mdx', ['title', 'thiếu tiêu đề']],
    ['impossible-date.mdx', ['publishedAt', '"2024-02-30 08:00" không phải ngày giờ có thật']],
    ['unknown-category.mdx', ['category', 'chuyên mục không có trong content/categories.yaml', 'tin-tuc, chuyen-doi-so']],
    ['missing-image.mdx', [':10: src', 'không tìm thấy ảnh "./anh-khong-co.jpg"']],
    ['broken-mdx.mdx', ['broken-mdx.mdx']],
  ])('%s', (file, expected) => {
    const tree = fixtureTree({ [`articles/2024/${file}`]: invalid(file) });
    const { status, output, dist } = build(tree);
    expect(status).not.toBe(0);
    expect(output).toContain(`articles/2024/${file}`);
    for (const text of expected) expect(output).toContain(text);
    expect(output).toContain('trang web KHÔNG được cập nhật');
    // Nothing deployable is left behind: the staging folder is removed and dist/ untouched.
    expect(listFiles(dist)).toEqual([]);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });

  test('two articles with one slug name both files', () => {
    const tree = fixtureTree({ 'articles/2025/tin-so-1.mdx': invalid('missing-title.mdx').replace('description:', 'title: Trùng\ndescription:') });
    const { status, output } = build(tree);
    expect(status).not.toBe(0);
    expect(output).toContain('Hai bài viết trùng địa chỉ /tin-tuc/tin-so-1/');
    expect(output).toContain('articles/2024/tin-so-1.md');
    expect(output).toContain('articles/2025/tin-so-1.mdx');
  });
});
