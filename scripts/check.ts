#!/usr/bin/env node
// `npm run check`: validates every file of the content tree (CONTENT_DIR, default content/) —
// articles, registry documents, pages, the footer and site settings, the organisation, the chuyên
// mục — without building pages, one line per problem, exit 1 when any. `scripts/build.mjs` runs it first.
//
// Run by Node 24 directly (type stripping): this file and the modules it uses import each other
// with `.ts` extensions and nothing from Astro's runtime, so there is no bundler or TypeScript
// runner to start and 10,000 articles are checked in seconds.
import { checkContent } from '../src/content-check/index.ts';
import { formatProblem } from '../src/content-check/problems.ts';
import { buildOptions } from '../src/build-options.ts';
import { formatListTimestamp } from '../src/lib/dates/dates.ts';
import { displayPath } from '../src/lib/content/display-path.ts';

const { contentDir } = buildOptions;
const report = checkContent(contentDir);
// performance.now() counts from the process start, so the time includes loading the parsers.
const seconds = (performance.now() / 1000).toFixed(1);

for (const article of report.scheduled) {
  console.log(`⏰ Hẹn giờ: ${displayPath(article.file)} — lên trang từ ${formatListTimestamp(article.data!.publishedAt)} (giờ Việt Nam)`);
}
for (const article of report.placeholders) {
  console.log(`⚠ Sapo mẫu: ${displayPath(article.file)} — description vẫn là câu mẫu của npm run new; viết sapo thật trước khi đăng`);
}
for (const document of report.documentPlaceholders) {
  console.log(
    `⚠ Văn bản còn câu mẫu: ${displayPath(document.file)} — số ký hiệu hoặc trích yếu vẫn là câu mẫu của npm run new; sửa trước khi đăng`,
  );
}
if (report.drafts.length > 0) console.log(`✎ Bản nháp (chưa lên trang): ${report.drafts.length} bài`);
if (report.documentDrafts.length > 0) console.log(`✎ Văn bản nháp (chưa lên trang): ${report.documentDrafts.length} văn bản`);

/** What was checked: `11 bài viết, 7 chuyên mục, cài đặt trang, chân trang, thông tin cơ quan, 1 trang, 9 văn bản`. */
const checked = [`${report.articles.length} bài viết`, ...report.checked].join(', ');

if (report.problems.length > 0) {
  for (const problem of report.problems) console.error(formatProblem(problem));
  const files = new Set(report.problems.map((p) => p.file)).size;
  console.error(
    `\n✗ Có ${report.problems.length} lỗi trong ${files} tệp (đã kiểm tra ${checked} trong ${seconds} s). Sửa các dòng trên rồi chạy lại: npm run check`,
  );
  process.exit(1);
}
console.log(`✓ Nội dung hợp lệ: ${checked} (${seconds} s)`);
