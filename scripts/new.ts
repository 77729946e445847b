#!/usr/bin/env node
// `npm run new -- "Tiêu đề bài viết" [--category slug] [--tags "a, b"] [--no-draft] [--folder] [--description "…"]`
// Creates content/articles/<year>/<slug>.mdx (or <slug>/index.mdx with --folder) with valid
// frontmatter, as a draft (draft: true) unless --no-draft: `npm run check` accepts it at once and
// nothing of it reaches readers until the editor removes that line. In a terminal it asks for
// what is missing; without one it never waits for input (the chuyên mục is then the first one).
// `npm run new -- --van-ban "42/2022/NĐ-CP" …` creates a registry document instead (scripts/lib/new-document.ts).
// Run by Node 24 directly (type stripping), like scripts/check.ts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { listArticleFiles } from '../src/lib/content/article-files.ts';
import { slugFromEntryPath } from '../src/lib/content/entry-slug.ts';
import { buildOptions } from '../src/build-options.ts';
import { displayPath } from '../src/lib/content/display-path.ts';
import { newArticlePath, newArticleText, parseTags, PLACEHOLDER_DESCRIPTION } from '../src/lib/content/new-article.ts';
import { readCategorySlugs } from '../src/schemas/categories.ts';
import { DOCUMENT_USAGE, newDocument } from './lib/new-document.ts';

const USAGE =
  'Cách dùng: npm run new -- "Tiêu đề bài viết" [--category tin-tuc] [--tags "Chuyển đổi số, Lai Châu"] [--no-draft] [--folder]';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      category: { type: 'string' },
      tags: { type: 'string' },
      description: { type: 'string' },
      draft: { type: 'boolean', default: true },
      folder: { type: 'boolean', default: false },
      'van-ban': { type: 'boolean', default: false },
      type: { type: 'string' },
      issuer: { type: 'string' },
      issued: { type: 'string' },
      summary: { type: 'string' },
      file: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}\n${DOCUMENT_USAGE}`);
}
const { values, positionals } = parsed;
const { contentDir } = buildOptions;
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

if (values['van-ban']) {
  const { type, issuer, issued, summary, file, draft } = values;
  await newDocument(contentDir, { text: positionals.join(' '), type, issuer, issued, summary, file, draft }, prompt, fail);
  prompt?.close();
  process.exit(0);
}
const categories = readCategorySlugs(contentDir);

let title = positionals.join(' ').trim();
if (!title && prompt) title = (await prompt.question('Tiêu đề bài viết: ')).trim();
if (!title) fail(`thiếu tiêu đề.\n${USAGE}`);

let category = values.category?.trim();
if (!category && prompt) {
  categories.forEach((slug, i) => console.log(`  ${i + 1}. ${slug}`));
  const answer = (await prompt.question('Chuyên mục (số hoặc tên): ')).trim();
  category = categories[Number(answer) - 1] ?? answer;
}
if (!category && !prompt && categories[0]) {
  category = categories[0];
  console.log(`Chuyên mục: ${category} (chuyên mục đầu tiên; chọn chuyên mục khác bằng --category, một trong: ${categories.join(', ')})`);
}
if (!category) fail(`thiếu chuyên mục — thêm --category, chọn một trong: ${categories.join(', ')}`);
if (!categories.includes(category))
  fail(`chuyên mục "${category}" không có trong categories.yaml — chọn một trong: ${categories.join(', ')}`);

let tags = values.tags;
if (tags === undefined && prompt) tags = await prompt.question('Từ khóa, cách nhau bằng dấu phẩy (có thể bỏ trống): ');
let description = values.description;
if (description === undefined && prompt) description = await prompt.question('Sapo (có thể viết sau): ');
prompt?.close();

const article = {
  title,
  category,
  tags: parseTags(tags),
  draft: values.draft,
  folder: values.folder,
  now: new Date(),
  ...(description ? { description } : {}),
};
const { slug, path } = newArticlePath(article);
if (!slug) fail(`tiêu đề "${title}" không tạo được tên tệp — dùng tiêu đề có chữ hoặc số.`);

const file = join(contentDir, path);
const articlesDir = join(contentDir, 'articles');
const sameSlug = listArticleFiles(articlesDir).find((p) => slugFromEntryPath(p) === slug);
if (existsSync(file) || sameSlug) {
  fail(
    `đã có bài viết ở địa chỉ /tin-tuc/${slug}/: ${displayPath(sameSlug ? join(articlesDir, sameSlug) : file)} — không ghi đè. Mở tệp đó để sửa, hoặc chọn tiêu đề khác.`,
  );
}

mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, newArticleText(article), { flag: 'wx' });
console.log(`✓ Đã tạo ${displayPath(file)}`);
if (!description) console.log(`  Nhớ sửa sapo (description): "${PLACEHOLDER_DESCRIPTION}"`);
if (values.folder) console.log(`  Đặt ảnh vào thư mục ${displayPath(dirname(file))}/`);
console.log(
  article.draft
    ? '  Đây là bản nháp (draft: true): chưa hiện trên trang. Viết xong, xóa dòng draft: true để đăng.'
    : `  Xem trước: npm run dev, rồi mở http://localhost:4321/tin-tuc/${slug}/`,
);
console.log('  Kiểm tra: npm run check');
